package org.attache.core.pack;

import static org.attache.core.pack.SectionKind.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.attache.core.model.Addressee;
import org.attache.core.model.JsonEnum;

/**
 * A kind of meeting, which preselects and orders the sections of a new pack (a section off by default keeps its
 * place, unticked). Every template lists the whole
 * catalogue: the sections it leaves out follow, unticked, so the user can still add them.
 */
public enum Template implements JsonEnum {
    MINISTERIAL("Ministerial meeting", List.of(COVER, SUMMARY, NEW_SINCE, ASK, COUNTRY_RECORD, WORLDWIDE_GROWTH, COUNTRY_CHART,
            TALKING_POINTS, DEFENSIVE_LINES, CONSTITUTION, CAPABILITIES, CASES, NOTES, SOURCES)),
    PARLIAMENTARY("Parliamentary meeting", List.of(COVER, SUMMARY, NEW_SINCE, WORLDWIDE_GROWTH, COUNTRY_RECORD, COUNTRY_CHART,
            TALKING_POINTS, DEFENSIVE_LINES, ASK, NOTES, SOURCES)),
    POLICE("Police-to-police meeting", List.of(COVER, SUMMARY, NEW_SINCE, CAPABILITIES, CASES, ASK, TALKING_POINTS,
            DEFENSIVE_LINES, CONSTITUTION, COUNTRY_RECORD, NOTES, SOURCES));

    private final String label;
    private final List<SectionKind> included;

    Template(String label, List<SectionKind> included) {
        this.label = label;
        this.included = included;
    }

    @Override
    public String json() {
        return JsonEnum.kebab(this);
    }

    @Override
    public String label() {
        return label;
    }

    /** Whom the meeting is with, and so which of the dataset's asks to put to them. */
    public Addressee counterpart() {
        return switch (this) {
            case MINISTERIAL -> Addressee.GOVERNMENT;
            case PARLIAMENTARY -> Addressee.PARLIAMENT;
            case POLICE -> Addressee.POLICE;
        };
    }

    /** The sections of a new pack: this template's in its order, then the rest of the catalogue unticked. */
    public List<PackSection> sections() {
        List<PackSection> sections = new ArrayList<>();
        for (SectionKind kind : included) sections.add(PackSection.of(kind, !kind.offByDefault()));
        Set<SectionKind> rest = EnumSet.allOf(SectionKind.class);
        included.forEach(rest::remove);
        for (SectionKind kind : rest) sections.add(PackSection.of(kind, false));
        return sections;
    }
}
