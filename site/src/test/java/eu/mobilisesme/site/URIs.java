package eu.mobilisesme.site;

import java.net.URI;

/** Small address helpers for the tests. */
final class URIs {

    private URIs() {
    }

    static String path(String absoluteUrl) {
        return URI.create(absoluteUrl).getPath();
    }
}
