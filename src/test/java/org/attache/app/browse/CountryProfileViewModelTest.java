package org.attache.app.browse;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.attache.core.data.BundledDataset;
import org.attache.core.model.Region;
import org.junit.jupiter.api.Test;

class CountryProfileViewModelTest {
    private final CountryProfileViewModel model = new CountryProfileViewModel();

    {
        model.setDataset(BundledDataset.load().dataset());
    }

    @Test
    void aCountryWithARecordShowsItsTimelineAndChart() {
        model.select("US");
        assertEquals(22, model.timeline().size(), "every record is listed, counted or not");
        assertEquals("21 counted acts at 8 General Assemblies, 1 in a year without a session. 1 record is listed but "
                + "not counted as its own (named by others, a non-government voice, or unconfirmed).",
                model.recordProperty().get());
        var mention = model.timeline().stream().filter(r -> r.kind().equals("Named by others")).findFirst().orElseThrow();
        assertFalse(mention.counted());
        assertEquals("named by others; reported by MOFA; INTERPOL not named", mention.caveats());
        assertEquals("Not a diplomatic ally of Taiwan.", model.standingProperty().get());
        assertEquals(12, model.chartProperty().get().categories().size(), "one bar place per assembly year");
        long points = model.chartProperty().get().series().stream().flatMap(s -> s.values().stream()).count();
        assertTrue(points >= 9, "points: " + points);
        assertTrue(model.timeline().get(0).sources().contains("United States Congress"), "sources as citations");
        assertFalse(model.talkingPoints().isEmpty());
    }

    @Test
    void aCountryWithoutARecordGetsAnHonestEmptyStateAndNoChart() {
        model.select("LT");
        assertTrue(model.timeline().isEmpty());
        assertNull(model.chartProperty().get());
        assertEquals("No act of support by Lithuania itself is recorded for any General Assembly.",
                model.recordProperty().get());
        assertTrue(model.talkingPoints().stream().anyMatch(p -> p.id().equals("tp-baltic-shared-values")));
    }

    @Test
    void alliesAreMarkedAndFiltersNarrowTheList() {
        model.select("PY");
        assertEquals("A diplomatic ally of Taiwan since 1957.", model.standingProperty().get());
        model.alliesOnlyProperty().set(true);
        assertEquals(12, model.groupsProperty().get().values().stream().mapToInt(List::size).sum());
        assertTrue(model.groupsProperty().get().values().stream().flatMap(List::stream)
                .allMatch(CountryProfileViewModel.CountryRow::ally));
        model.alliesOnlyProperty().set(false);
        model.filterProperty().set("lat");
        assertEquals(List.of("Latvia"), model.groupsProperty().get().values().stream().flatMap(List::stream)
                .map(r -> r.country().name()).toList());
        model.filterProperty().set("");
        model.regionProperty().set(Region.OCEANIA);
        assertEquals(List.of(Region.OCEANIA), List.copyOf(model.groupsProperty().get().keySet()));
        assertEquals(3, model.groupsProperty().get().get(Region.OCEANIA).stream()
                .filter(r -> r.country().code().equals("AU")).findFirst().orElseThrow().actions(),
                "Australia's counted acts: not the 2023 mention nor the think-tank article");
    }

    @Test
    void aPlaceOutsideInterpolAndTaiwanSayWhyTheyGetNoPackByDefault() {
        model.select("AQ");
        assertEquals("Not a diplomatic ally of Taiwan. Not an INTERPOL member: left out of \u201call countries\u201d.",
                model.standingProperty().get());
        model.select("TW");
        assertTrue(model.standingProperty().get().contains("No briefing pack is made: Taiwan is the subject of every pack"),
                model.standingProperty().get());
    }
}
