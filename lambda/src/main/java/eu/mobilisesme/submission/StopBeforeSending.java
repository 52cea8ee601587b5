package eu.mobilisesme.submission;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Lets a priming call run the SDK's request path (marshalling, endpoint, credentials, signing, timeouts) and stops
 * it just before it would be sent: priming loads that path at start without writing or needing a permission.
 */
public final class StopBeforeSending implements ExecutionInterceptor {

    static final ExecutionAttribute<Boolean> PRIMING = new ExecutionAttribute<>("MobiliseSmePriming");

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (Boolean.TRUE.equals(attributes.getAttribute(PRIMING))) {
            throw new Stopped();
        }
    }

    /** The expected end of a priming call; no stack trace, it is not an error. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("priming request stopped before sending", null, false, false);
        }
    }
}
