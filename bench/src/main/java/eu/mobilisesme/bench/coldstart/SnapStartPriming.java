package eu.mobilisesme.bench.coldstart;

import org.crac.Resource;

/**
 * The SnapStart proxy: runs a handler's {@code beforeCheckpoint} priming as Lambda does before the snapshot
 * (org.crac is a no-op on a plain JDK, so it is called directly). Kept apart from {@link ColdStart} so that the
 * baseline's classpath, which has no org.crac, never loads it.
 */
final class SnapStartPriming {

    private SnapStartPriming() {
    }

    /** True if the handler has priming and it ran. */
    static boolean prime(Object handler) throws Exception {
        if (handler instanceof Resource resource) {
            resource.beforeCheckpoint(null);
            return true;
        }
        return false;
    }
}
