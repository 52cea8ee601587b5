package eu.mobilisesme.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import eu.mobilisesme.config.CheckConfig;
import eu.mobilisesme.forms.Languages;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.crac.Core;
import org.crac.Resource;

/**
 * {@code POST /api/check}: the short eligibility check. It builds no store and no AWS client at all: the function
 * has no permission to any table either (template.yaml), so it cannot keep what it is told.
 */
public final class CheckHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, Resource {

    private final CheckEndpoint endpoint;

    public CheckHandler() {
        this(CheckConfig.fromEnvironment(), Clock.systemUTC());
    }

    public CheckHandler(CheckConfig config, Clock clock) {
        this.endpoint = new CheckEndpoint(config, clock);
        Core.getGlobalContext().register(this);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        try {
            return endpoint.handle(HttpRequest.from(event)).toEvent();
        } catch (RuntimeException | StackOverflowError unforeseen) {
            return FormEndpoint.unforeseen(unforeseen, Languages.DEFAULT, false, null).toEvent();
        }
    }

    /** SnapStart: one answer of each kind in every language loads and warms the whole path before the snapshot. */
    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        for (String lang : Languages.SUPPORTED) {
            endpoint.handle(request("application/json", "{\"lang\":\"" + lang + "\",\"side\":\"send\","
                    + "\"country\":\"ES\",\"legalForm\":\"company\",\"headcount\":\"25\",\"smeThresholds\":\"yes\","
                    + "\"durationMonths\":\"3\",\"experienceYears\":\"8\"}"));
            endpoint.handle(request("application/x-www-form-urlencoded",
                    "lang=" + lang + "&side=host&country=BE&legalForm=company&experienceYears=x"));
        }
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // Nothing is cached that must differ per instance.
    }

    private HttpRequest request(String contentType, String body) {
        Map<String, String> headers = new HashMap<>(endpoint.throughDistributionHeaders());
        headers.put("content-type", contentType);
        return new HttpRequest("POST", "/api/check", headers, body, false);
    }
}
