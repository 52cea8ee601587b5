package eu.mobilisesme.http;

import eu.mobilisesme.config.Dependencies;
import eu.mobilisesme.forms.Forms;

/** {@code POST /api/apply}: both expressions of interest; the {@code form} field says which. */
public final class ApplyHandler extends FormHandler {

    public ApplyHandler() {
        this(Dependencies.fromEnvironment());
    }

    public ApplyHandler(Dependencies dependencies) {
        super(new FormEndpoint(Forms.applicationForms(), dependencies.config(), dependencies.store(),
                dependencies.clock()));
    }
}
