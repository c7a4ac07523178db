package org.attache.core.pack;

import java.util.List;

/** The protective marking printed at the head and foot of every page. Any text is allowed; these are offered. */
public final class Classification {
    public static final String UNCLASSIFIED = "UNCLASSIFIED";
    public static final List<String> PRESETS = List.of(UNCLASSIFIED, "RESTRICTED", "CONFIDENTIAL");
    public static final int MAX_LENGTH = 60;

    private Classification() {
    }

    /** Trimmed and upper-cased, as markings are printed; blank becomes UNCLASSIFIED. */
    public static String normalise(String marking) {
        if (marking == null || marking.isBlank()) return UNCLASSIFIED;
        return marking.strip().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
    }
}
