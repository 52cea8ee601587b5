package eu.mobilisesme.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Starts one dynalite per test run and hands tests a {@link Dynalite} or a {@link DynamoDbClient}. Without Node.js
 * or dynalite the tests are skipped with a loud message, except under {@code CI=true}, where they fail.
 */
public final class DynaliteExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Dynalite.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        dynalite(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Dynalite.class || type == DynamoDbClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Dynalite dynalite = dynalite(context);
        return parameter.getParameter().getType() == Dynalite.class ? dynalite : dynalite.client();
    }

    private static Dynalite dynalite(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("engine", key -> {
            try {
                return new Holder(Dynalite.start());
            } catch (Dynalite.ToolMissing missing) {
                throw RequiredTool.missing("dynalite", missing.getMessage());
            }
        }, Holder.class).dynalite();
    }

    /** Stops dynalite when the whole test run ends (JUnit closes an AutoCloseable value of the root store). */
    private record Holder(Dynalite dynalite) implements AutoCloseable {
        @Override
        public void close() {
            dynalite.close();
        }
    }
}
