package org.attache.core.pack;

import java.util.ArrayList;
import java.util.List;
import org.attache.core.model.JsonEnum;

/**
 * What a pack is printed as: the full brief for our side; a one-page pocket card of it; or a leave-behind for the
 * counterpart that holds only public facts and asks: no summary of our standing, no talking points or defensive
 * lines, no notes, no fact in doubt, and the marking PUBLIC.
 */
public enum Output implements JsonEnum {
    FULL, CARD, LEAVE_BEHIND;

    static final List<SectionKind> LEAVE_BEHIND_SECTIONS = List.of(SectionKind.ASK, SectionKind.CAPABILITIES,
            SectionKind.CASES, SectionKind.CONSTITUTION, SectionKind.SOURCES);
    public static final String PUBLIC = "PUBLIC";

    @Override
    public String json() {
        return JsonEnum.kebab(this);
    }

    /** "Full brief", "Pocket card", "Leave-behind": as a menu or a list names it. */
    public String label() {
        return switch (this) {
            case FULL -> "Full brief";
            case CARD -> "Pocket card";
            case LEAVE_BEHIND -> "Leave-behind";
        };
    }

    /** The pack to print: unchanged for the full brief and the card; for a leave-behind, its public sections only. */
    public Pack apply(Pack pack) {
        if (this != LEAVE_BEHIND) return pack;
        List<PackSection> sections = new ArrayList<>();
        for (SectionKind kind : LEAVE_BEHIND_SECTIONS) {
            PackSection mine = pack.section(kind);
            PackSection section = new PackSection(kind, true, "", mine == null ? java.util.Map.of() : mine.options());
            boolean hasDoubt = kind.options().stream().anyMatch(o -> o.key().equals(SectionKind.DOUBTFUL));
            // a counterpart keeps what we hand over: only facts the sources leave in no doubt
            sections.add(hasDoubt ? section.withOption(SectionKind.DOUBTFUL, SectionKind.LEAVE_OUT) : section);
        }
        for (PackSection s : pack.sections()) {
            if (!LEAVE_BEHIND_SECTIONS.contains(s.kind())) sections.add(new PackSection(s.kind(), false, "", s.options()));
        }
        return pack.withSections(sections).withNotes("").withClassification(PUBLIC);
    }
}
