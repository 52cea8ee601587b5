package eu.mobilisesme.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands tests the one {@link Site} of the test run: started by the first class that asks (a bake takes seconds),
 * closed when the run ends. Each class's own preview, where a test must stop storage, is its own business.
 */
public final class SiteExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SiteExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Site.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return site(context);
    }

    static Site site(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("site", key -> new Holder(Site.start()), Holder.class).site();
    }

    /** The site if a test already started it; never starts one. */
    static java.util.Optional<Site> started(ExtensionContext context) {
        try {
            return java.util.Optional.ofNullable(context.getRoot().getStore(NAMESPACE).get("site", Holder.class))
                    .map(Holder::site);
        } catch (RuntimeException failedToStart) {
            return java.util.Optional.empty();
        }
    }

    /** Closes the site when the whole run ends. */
    private record Holder(Site site) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            site.close();
        }
    }
}
