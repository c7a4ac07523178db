package org.attache.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.attache.core.model.ActionKind;
import org.attache.core.model.ActorType;
import org.attache.core.model.Attribution;
import org.attache.core.model.Evidence;
import org.attache.core.model.Assembly;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.model.PartialDate;
import org.attache.core.model.Region;
import org.attache.core.model.SupportAction;
import org.junit.jupiter.api.Test;

class CountryTimelineTest {
    private static final List<String> SRC = List.of("src");
    private static final Country NL = new Country("NL", "Netherlands", "the Netherlands", Region.EUROPE, null, true, null, List.of());
    private static final Country LV = new Country("LV", "Latvia", null, Region.EUROPE, null, true, null, List.of());

    private static SupportAction action(String id, String country, String assembly, String date, ActionKind kind) {
        return new SupportAction(id, country, null, assembly, date == null ? null : PartialDate.parse(date), "actor",
                null, ActorType.GOVERNMENT, kind, "summary", null, new Evidence(Attribution.OWN, null, null), null, SRC);
    }

    private static Dataset dataset() {
        List<Assembly> assemblies = List.of(
                new Assembly("ga-89", 2021, true, 89, "Istanbul", "TR", null, null, List.of(), null, SRC),
                new Assembly("ga-90", 2022, true, 90, "New Delhi", "IN", null, null, List.of(), null, SRC));
        List<SupportAction> actions = List.of(
                action("a1", "NL", "ga-89", "2021-11-20", ActionKind.EXECUTIVE_STATEMENT),
                action("a2", "NL", null, "2022-10-01", ActionKind.EXECUTIVE_STATEMENT),
                action("a3", "NL", "ga-90", "2022-09-01", ActionKind.LEGISLATIVE_RESOLUTION),
                action("a4", "US", "ga-90", "2022-09-01", ActionKind.LEGISLATIVE_LETTER));
        return new Dataset("t", null, List.of(), assemblies, List.of(NL, LV), List.of(), List.of(), actions,
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void groupsACountrysActionsByAssemblyAndKindInDateOrder() {
        CountryTimeline t = CountryTimeline.of(dataset(), NL);

        assertEquals(3, t.totalActions());
        AssemblyRecord y2022 = t.assemblies().get(1);
        assertEquals("ga-90", y2022.assembly().id());
        assertEquals(List.of("a3", "a2"), y2022.actions().stream().map(SupportAction::id).toList(),
                "a date-only action joins the assembly of its year; actions are in date order");
        assertEquals(Map.of(ActionKind.EXECUTIVE_STATEMENT, 1, ActionKind.LEGISLATIVE_RESOLUTION, 1),
                y2022.countsByKind());
        assertEquals(1, t.assemblies().get(0).count(ActionKind.EXECUTIVE_STATEMENT));
    }

    @Test
    void aCountryWithNoRecordHasEveryAssemblyButNoActions() {
        CountryTimeline t = CountryTimeline.of(dataset(), LV);
        assertTrue(t.isEmpty());
        assertEquals(2, t.assemblies().size());
    }

    @Test
    void countsActionsPerCountry() {
        assertEquals(Map.of("NL", 3, "US", 1), CountryTimeline.actionCounts(dataset()));
    }
}
