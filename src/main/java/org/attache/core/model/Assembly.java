package org.attache.core.model;

import java.util.List;

/** One INTERPOL General Assembly session, or a year in which none was held. */
public record Assembly(String id, int year, boolean held, Integer session, String city, String hostCountry,
                       PartialDate startDate, PartialDate endDate, List<String> agenda, String note,
                       List<String> sources) {
    public Assembly {
        Lists.required(id, "id");
        if (held && session == null) throw new IllegalArgumentException("a held assembly needs a session number");
        agenda = Lists.copy(agenda);
        sources = Lists.copy(sources);
    }

    /** "91st General Assembly, Vienna, 2023" or "2020 (no session)". */
    public String label() {
        if (!held) return year + " (no session)";
        return ordinal(session) + " General Assembly, " + city + ", " + year;
    }

    /** "91st (2023)" — short enough for a chart axis. */
    public String shortLabel() {
        return held ? ordinal(session) + " (" + year + ")" : year + " (none)";
    }

    public static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = (mod100 >= 11 && mod100 <= 13) ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
