package org.attache.core.pack;

import java.util.List;

/** The protective marking printed at the head and foot of every page. Any text is allowed; these are offered. */
public final class Classification {
    public static final String UNCLASSIFIED = "UNCLASSIFIED";
    public static final List<String> PRESETS = List.of(UNCLASSIFIED, "RESTRICTED", "CONFIDENTIAL", "SECRET");
    public static final int MAX_LENGTH = 60;

    private Classification() {
    }

    /** Trimmed and upper-cased, as markings are printed; blank becomes UNCLASSIFIED. */
    public static String normalise(String marking) {
        return normalise(marking, UNCLASSIFIED);
    }

    /** Trimmed and upper-cased; blank becomes {@code blank}. Also how a handling caveat is printed. */
    public static String normalise(String marking, String blank) {
        if (marking == null || marking.isBlank()) return blank;
        return marking.strip().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
    }
}
