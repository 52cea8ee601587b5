package eu.mobilisesme.e2e;

import java.util.EnumMap;
import java.util.Map;

/** The run's two browsers, one with JavaScript and one without, each started on first use and kept to the end. */
final class Browsers implements AutoCloseable {

    enum Scripting { ON, OFF }

    private final Map<Scripting, Browser> open = new EnumMap<>(Scripting.class);
    private RuntimeException unavailable;

    /**
     * The browser of that kind; the first call starts it. Without Chromium every call throws the same skip (or,
     * under CI=true, failure), so the banner is printed once per run.
     */
    synchronized Browser get(Scripting scripting) {
        if (unavailable != null) {
            throw unavailable;
        }
        try {
            Chromium.requireInstalled();
        } catch (RuntimeException missing) {
            unavailable = missing;
            throw missing;
        }
        return open.computeIfAbsent(scripting, s -> Chromium.start(s == Scripting.ON));
    }

    Browser withJavaScript() {
        return get(Scripting.ON);
    }

    Browser withoutJavaScript() {
        return get(Scripting.OFF);
    }

    synchronized Map<Scripting, Browser> open() {
        return Map.copyOf(open);
    }

    @Override
    public synchronized void close() {
        open.values().forEach(Browser::close);
        open.clear();
    }
}
