package eu.mobilisesme.http;

import eu.mobilisesme.forms.ErrorCode;

/** A request the endpoint cannot read at all: it gets a 4xx status and one code, never a 5xx. */
final class RequestProblem extends Exception {

    private final int status;
    private final ErrorCode code;

    RequestProblem(int status, ErrorCode code) {
        super(code.name(), null, false, false);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    ErrorCode code() {
        return code;
    }
}
