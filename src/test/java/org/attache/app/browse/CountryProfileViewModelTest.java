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

    private static CountryProfileViewModel asOf(String day) {
        var clock = java.time.Clock.fixed(java.time.Instant.parse(day + "T09:00:00Z"), java.time.ZoneOffset.UTC);
        CountryProfileViewModel m = new CountryProfileViewModel(clock);
        m.setDataset(BundledDataset.load().dataset());
        return m;
    }

    @Test
    void aCountrySilentAtTheLastTwoAssembliesSaysWhenItLastActedAndWhatElseIsStale() {
        CountryProfileViewModel m = asOf("2026-06-01");
        m.select("PY");
        assertEquals("2 sources on its record older than 5 years \u00b7 2 figures in its pack since replaced",
                m.staleProperty().get(), "Paraguay acted at the 93rd: not silent");
        m.select("FR");
        assertTrue(m.staleProperty().get().startsWith("Last recorded act: 2018 \u00b7 "), m.staleProperty().get());
        m.select("LT");
        assertTrue(m.staleProperty().get().startsWith("No action recorded"), m.staleProperty().get());
    }

    @Test
    void whatIsStaleIsJudgedAsOfTheClocksToday() {
        CountryProfileViewModel m = asOf("2020-01-01");
        m.select("LV");
        assertEquals("No action recorded", m.staleProperty().get(),
                "in 2020 Latvia had not yet acted, its sources were not yet written, and no figure was yet replaced");
        m.select("PY");
        assertEquals("", m.staleProperty().get(), "Paraguay acted at the 88th, in 2019");
        m.selectedProperty().set(null);
        assertEquals("", m.staleProperty().get());
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
