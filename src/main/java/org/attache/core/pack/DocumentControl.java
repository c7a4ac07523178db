package org.attache.core.pack;

import java.time.LocalDate;

/**
 * What a briefing note's cover says about the document itself: who prepared it (a desk or office), its reference
 * and version, and how it is to be handled. Empty fields are filled at print time: the reference from the country
 * and the meeting's date, the handling line from the marking. A {@code caveat} ("DIPLOMATIC STAFF ONLY") is printed
 * after the marking at the head and foot of every page; a {@code draft} has "DRAFT" across every page.
 */
public record DocumentControl(String preparedBy, String reference, int version, String handling, String caveat,
                              boolean draft) {
    public static final DocumentControl EMPTY = new DocumentControl("", "", 1, "", "", false);
    public static final int MAX_VERSION = 999;
    public static final int MAX_LENGTH = 120;

    public DocumentControl {
        preparedBy = clean(preparedBy);
        reference = clean(reference);
        handling = clean(handling);
        caveat = Classification.normalise(caveat, "");
        if (version < 1 || version > MAX_VERSION) {
            throw new IllegalArgumentException("a version is a number from 1 to " + MAX_VERSION + ", not " + version);
        }
    }

    public DocumentControl(String preparedBy, String reference, int version, String handling) {
        this(preparedBy, reference, version, handling, "", false);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    /** The reference as printed: the one given, or the country's code and the meeting's (else today's) date. */
    public String referenceFor(String country, LocalDate meeting, LocalDate prepared) {
        if (!reference.isEmpty()) return reference;
        return country + "/" + (meeting != null ? meeting : prepared);
    }

    public DocumentControl withPreparedBy(String s) { return new DocumentControl(s, reference, version, handling, caveat, draft); }
    public DocumentControl withReference(String s) { return new DocumentControl(preparedBy, s, version, handling, caveat, draft); }
    public DocumentControl withVersion(int v) { return new DocumentControl(preparedBy, reference, v, handling, caveat, draft); }
    public DocumentControl withHandling(String s) { return new DocumentControl(preparedBy, reference, version, s, caveat, draft); }
    public DocumentControl withCaveat(String s) { return new DocumentControl(preparedBy, reference, version, handling, s, draft); }
    public DocumentControl withDraft(boolean d) { return new DocumentControl(preparedBy, reference, version, handling, caveat, d); }

    /** The marking as printed at head and foot: "RESTRICTED", or with the caveat, "RESTRICTED · DIPLOMATIC STAFF ONLY". */
    public String markingLine(String marking) {
        return caveat.isEmpty() ? marking : marking + " \u00b7 " + caveat;
    }
}
