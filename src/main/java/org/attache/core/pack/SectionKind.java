package org.attache.core.pack;

import java.util.List;
import org.attache.core.model.JsonEnum;

/** The catalogue of sections a pack can hold, each with the options it offers. */
public enum SectionKind implements JsonEnum {
    COVER("Cover"),
    SUMMARY("One-page summary"),
    NEW_SINCE("New since\u2026"),
    ASK("The ask"),
    COUNTRY_RECORD("Record by assembly"),
    WORLDWIDE_GROWTH("Worldwide support by assembly"),
    COUNTRY_CHART("Country chart"),
    CAPABILITIES("Taiwan\u2019s policing capabilities"),
    CASES("Cases"),
    TALKING_POINTS("Talking points"),
    DEFENSIVE_LINES("Defensive lines"),
    CONSTITUTION("INTERPOL Constitution, Articles 2 and 3"),
    NOTES("Notes"),
    SOURCES("Sources");

    public static final String MEASURES = "measures";
    public static final String CASES_SCOPE = "scope";
    public static final String ASSEMBLIES = "assemblies";
    public static final String POINTS = "points";
    public static final String UNCONFIRMED = "unconfirmed";
    public static final String INCLUDE = "include";
    public static final String LEAVE_OUT = "leave-out";
    public static final String DOUBTFUL = "doubtful";
    public static final String BASELINE = "baseline";
    public static final String LAST_ASSEMBLY = "last-assembly";
    public static final String EARLIER_DATASET = "earlier-dataset";
    /** The path of the earlier dataset file, for the baseline {@link #EARLIER_DATASET}. */
    public static final String EARLIER_FILE = "earlier-file";

    private final String label;

    SectionKind(String label) {
        this.label = label;
    }

    @Override
    public String json() {
        return JsonEnum.kebab(this);
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether the section is always printed: every citation must resolve to the sources list. */
    public boolean required() {
        return this == SOURCES;
    }

    /** Whether a template lists the section in its place but unticked, for the user to switch on. */
    public boolean offByDefault() {
        return this == NEW_SINCE;
    }

    /** The settings this section offers, each with its default. */
    public List<SectionOption> options() {
        return switch (this) {
            case WORLDWIDE_GROWTH -> List.of(new SectionOption(MEASURES, "Measures charted",
                    "allies-voicing-support,countries-voicing-support,parliamentarians", List.of()));
            case CASES -> List.of(new SectionOption(CASES_SCOPE, "Cases shown", "country-and-region",
                    List.of("country-and-region", "country", "all")), doubtful());
            case CAPABILITIES -> List.of(doubtful());
            case COUNTRY_RECORD -> List.of(new SectionOption(ASSEMBLIES, "Assemblies listed", "with-actions",
                    List.of("with-actions", "all")));
            case TALKING_POINTS -> List.of(new SectionOption(POINTS, "Talking points", "suited",
                    List.of("suited", "all")), unconfirmed());
            case SUMMARY -> List.of(unconfirmed());
            case NEW_SINCE -> List.of(new SectionOption(BASELINE, "Since", LAST_ASSEMBLY,
                    List.of(LAST_ASSEMBLY, EARLIER_DATASET)), new SectionOption(EARLIER_FILE, "Earlier dataset or pack", "", List.of()));
            default -> List.of();
        };
    }

    /** Facts of medium or low confidence are printed with their marks, or left out (as a leave-behind does). */
    private static SectionOption doubtful() {
        return new SectionOption(DOUBTFUL, "Facts in doubt", INCLUDE, List.of(INCLUDE, LEAVE_OUT));
    }

    /** Low-confidence records stay out of headline places unless the user ticks them in. */
    private static SectionOption unconfirmed() {
        return new SectionOption(UNCONFIRMED, "Unconfirmed items", LEAVE_OUT, List.of(LEAVE_OUT, INCLUDE));
    }

    public SectionOption option(String key) {
        return options().stream().filter(o -> o.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(this + " has no option " + key));
    }
}
