package eu.mobilisesme.e2e;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands tests the run's one {@link Site} and its {@link Browsers}: each started by the first test that asks (a bake
 * and a browser take seconds), closed when the run ends.
 */
public final class SiteExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SiteExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Site.class || type == Browsers.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Site.class ? site(context) : browsers(context);
    }

    static Site site(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Site.class, key -> new Closing(Site.start()), Closing.class).value(Site.class);
    }

    static Browsers browsers(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Browsers.class, key -> new Closing(new Browsers()), Closing.class)
                .value(Browsers.class);
    }

    /** The browsers if a test already asked for them; never starts them. */
    static Optional<Browsers> startedBrowsers(ExtensionContext context) {
        Closing browsers = context.getRoot().getStore(NAMESPACE).get(Browsers.class, Closing.class);
        return browsers == null ? Optional.empty() : Optional.of(browsers.value(Browsers.class));
    }

    /** Closes what it holds when the whole run ends. */
    private record Closing(AutoCloseable held) implements AutoCloseable {

        <V> V value(Class<V> type) {
            return type.cast(held);
        }

        @Override
        public void close() throws Exception {
            held.close();
        }
    }
}
