package eu.mobilisesme.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.crac.Core;
import org.crac.Resource;

/**
 * What both Lambda handlers share: event in, answer out, and SnapStart priming. Before the snapshot, priming runs
 * invalid submissions through the whole path (parsing, validation, messages, JSON and HTML answers) and a put
 * through the SDK that is stopped before it is sent, which loads and warms those classes without writing anything.
 */
abstract class FormHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, Resource {

    private final FormEndpoint endpoint;

    FormHandler(FormEndpoint endpoint) {
        this.endpoint = endpoint;
        Core.getGlobalContext().register(this);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        try {
            return endpoint.handle(HttpRequest.from(event)).toEvent();
        } catch (RuntimeException | StackOverflowError unforeseen) {
            // The endpoint answers its own failures; this catches what fails around it (a malformed event).
            return FormEndpoint.unforeseen(unforeseen, eu.mobilisesme.forms.Languages.DEFAULT, false, null).toEvent();
        }
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        Priming.prime(endpoint);
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // Nothing is cached that must differ per instance: ids and clocks are read per request.
    }
}
