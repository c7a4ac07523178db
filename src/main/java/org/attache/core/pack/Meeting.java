package org.attache.core.pack;

import java.time.LocalDate;

/** The meeting a pack prepares for; every field may be left empty while the pack is drafted. */
public record Meeting(LocalDate date, String counterpartName, String counterpartTitle, String place, String purpose) {
    public static final Meeting EMPTY = new Meeting(null, "", "", "", "");

    public Meeting {
        counterpartName = clean(counterpartName);
        counterpartTitle = clean(counterpartTitle);
        place = clean(place);
        purpose = purpose == null ? "" : purpose.strip();
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    /** "Jane Doe, Minister of the Interior", or just one of them, or "". */
    public String counterpart() {
        if (counterpartName.isEmpty()) return counterpartTitle;
        if (counterpartTitle.isEmpty()) return counterpartName;
        return counterpartName + ", " + counterpartTitle;
    }

    public Meeting withDate(LocalDate d) { return new Meeting(d, counterpartName, counterpartTitle, place, purpose); }
    public Meeting withCounterpartName(String s) { return new Meeting(date, s, counterpartTitle, place, purpose); }
    public Meeting withCounterpartTitle(String s) { return new Meeting(date, counterpartName, s, place, purpose); }
    public Meeting withPlace(String s) { return new Meeting(date, counterpartName, counterpartTitle, s, purpose); }
    public Meeting withPurpose(String s) { return new Meeting(date, counterpartName, counterpartTitle, place, s); }
}
