package eu.mobilisesme.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import eu.mobilisesme.config.Config;
import eu.mobilisesme.config.Dependencies;
import eu.mobilisesme.submission.SubmissionTable;
import eu.mobilisesme.testing.Dynalite;
import eu.mobilisesme.testing.DynaliteExtension;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The Lambda entry points, driven by API Gateway HTTP API (payload 2.0) events as Lambda delivers them. */
@ExtendWith(DynaliteExtension.class)
class HandlersTest {

    @Test
    void a_base64_form_post_event_is_stored_and_redirected_in_the_browsers_language(Dynalite dynalite)
            throws IOException {
        String table = "handlers-" + UUID.randomUUID();
        Config config = dynalite.config(table);
        DynamoDbClient client = dynalite.client();
        SubmissionTable.ensure(client, table);

        APIGatewayV2HTTPResponse response = new ContactHandler(Dependencies.of(config))
                .handleRequest(event("contact-form-post.json"), null);

        assertThat(response.getStatusCode()).isEqualTo(303);
        assertThat(response.getHeaders().get("Location")).startsWith("/nl/contact/bedankt/?ref=MSME-");
        assertThat(response.getHeaders()).containsEntry("Cache-Control", "no-store");
        assertThat(client.scan(b -> b.tableName(table)).items()).singleElement()
                .satisfies(item -> assertThat(item.get("message").s()).endsWith("ontvangen?"));
    }

    @Test
    void priming_for_snapstart_writes_nothing(Dynalite dynalite) {
        String table = "priming-" + UUID.randomUUID();
        DynamoDbClient client = dynalite.client();
        SubmissionTable.ensure(client, table);
        ApplyHandler apply = new ApplyHandler(Dependencies.of(dynalite.config(table)));
        ContactHandler contact = new ContactHandler(Dependencies.of(dynalite.config(table)));

        apply.beforeCheckpoint(null);
        contact.beforeCheckpoint(null);

        assertThat(client.scan(b -> b.tableName(table)).count()).isZero();
    }

    /** Reads an event fixture with the serializer the Lambda Java runtime uses. */
    static APIGatewayV2HTTPEvent event(String name) throws IOException {
        try (InputStream in = HandlersTest.class.getResourceAsStream("/events/" + name)) {
            return LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, HandlersTest.class.getClassLoader())
                    .fromJson(in);
        }
    }
}
