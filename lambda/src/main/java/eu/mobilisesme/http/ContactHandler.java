package eu.mobilisesme.http;

import eu.mobilisesme.config.Dependencies;
import eu.mobilisesme.forms.Forms;
import java.util.List;

/** {@code POST /api/contact}: the contact message. */
public final class ContactHandler extends FormHandler {

    public ContactHandler() {
        this(Dependencies.fromEnvironment());
    }

    public ContactHandler(Dependencies dependencies) {
        super(new FormEndpoint(List.of(Forms.CONTACT), dependencies.config(), dependencies.store(),
                dependencies.clock()));
    }
}
