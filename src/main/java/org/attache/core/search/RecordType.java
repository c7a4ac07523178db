package org.attache.core.search;

/** The kinds of record a search finds, in the order their groups are shown. */
public enum RecordType {
    COUNTRY("Countries"),
    FACT("Facts and cases"),
    TALKING_POINT("Talking points"),
    ASK("Asks"),
    ACTION("Actions of support"),
    ASSEMBLY("General Assemblies"),
    ORGANISATION("Organisations"),
    MEASURE("Measures"),
    ARTICLE("Constitution articles"),
    SOURCE("Sources");

    private final String label;

    RecordType(String label) {
        this.label = label;
    }

    /** The group's heading: "Facts and cases". */
    public String label() {
        return label;
    }
}
