package eu.mobilisesme.aot;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import eu.mobilisesme.http.ApplyHandler;
import eu.mobilisesme.http.ContactHandler;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.crac.Resource;

/**
 * The training run of the JDK 25 AOT cache (JEP 483/514), at build time, on the jlinked runtime: the path a cold
 * start takes, without writing anything. Each handler is built as the runtime builds it and runs its SnapStart
 * priming (refused requests, then an SDK put stopped before sending); then a refused request goes through the
 * runtime's own event deserializer and the handler's entry point, and its answer back through the serializer.
 * Needs no network and no AWS account: dummy keys, and nothing leaves the JVM.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) throws Exception {
        requireLocaleData();
        PojoSerializer<APIGatewayV2HTTPEvent> events =
                LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, Training.class.getClassLoader());
        PojoSerializer<APIGatewayV2HTTPResponse> answers =
                LambdaEventSerializers.serializerFor(APIGatewayV2HTTPResponse.class, Training.class.getClassLoader());
        for (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler
                : List.of(new ApplyHandler(), new ContactHandler())) {
            ((Resource) handler).beforeCheckpoint(null);
            APIGatewayV2HTTPResponse answer = handler.handleRequest(events.fromJson(refusedRequest()), null);
            if (answer.getStatusCode() != 422 && answer.getStatusCode() != 400) {
                throw new IllegalStateException("training request was not refused: " + answer.getStatusCode());
            }
            answers.toJson(answer, new ByteArrayOutputStream());
        }
        System.out.println("aot training: done");
    }

    /** A post that fails validation, as API Gateway's HTTP API hands it to the runtime (payload format 2.0). */
    private static String refusedRequest() {
        return """
                {"version":"2.0","routeKey":"$default","rawPath":"/api/prime","rawQueryString":"",
                 "headers":{"content-type":"application/json","accept":"application/json",
                  "origin":"%s"},
                 "requestContext":{"http":{"method":"POST","path":"/api/prime","protocol":"HTTP/1.1",
                  "sourceIp":"192.0.2.1","userAgent":"training"},"requestId":"training","routeKey":"$default",
                  "stage":"$default","time":"01/Jan/2030:00:00:00 +0000","timeEpoch":1893456000000},
                 "body":"{\\"lang\\":\\"de\\",\\"form\\":\\"contact\\",\\"email\\":\\"x\\"}","isBase64Encoded":false}
                """.formatted(System.getenv("ALLOWED_ORIGINS").split(",")[0]);
    }

    /** The forms name countries and dates in five languages: the jlinked runtime must have their locale data. */
    private static void requireLocaleData() {
        if (new Locale("", "DE").getDisplayCountry(Locale.GERMAN).equals("Germany")) {
            throw new IllegalStateException("the runtime has no German locale data (jlink --add-modules jdk.localedata)");
        }
    }
}
