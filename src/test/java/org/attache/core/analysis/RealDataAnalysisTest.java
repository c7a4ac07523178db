package org.attache.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.Fixtures;
import org.attache.core.data.DatasetReader;
import org.attache.core.model.ActionKind;
import org.attache.core.model.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analysis against the shipped dataset: the series campaign-facts.md says can be charted honestly. */
class RealDataAnalysisTest {
    private static Dataset data;

    @BeforeAll
    static void load() {
        data = new DatasetReader().read(Fixtures.bundledDataset()).dataset();
    }

    /** Year to displayed value, for the years with a value. */
    private static Map<Integer, String> values(String measure) {
        SupportSeries s = SupportSeries.of(data, data.measure(measure).orElseThrow());
        Map<Integer, String> byYear = new LinkedHashMap<>();
        s.values().forEach(p -> byYear.put(p.assembly().year(), p.displayValue()));
        return byYear;
    }

    @Test
    void alliesVoicingSupport2018To2025() {
        assertEquals(Map.of(2018, "11", 2019, "11", 2021, "11", 2022, "10", 2023, "7", 2025, "8"),
                values("allies-voicing-support"));
    }

    @Test
    void countriesVoicingSupportWithLowerBoundsKeptAsSuch() {
        assertEquals(Map.of(2019, "14", 2022, "50", 2023, "60+", 2024, "70+"), values("countries-voicing-support"));
    }

    @Test
    void parliamentariansAndUsHouseLetterSignatories() {
        assertEquals(Map.of(2021, "630+"), values("parliamentarians"));
        assertEquals(Map.of(2019, "47", 2021, "71"), values("us-house-letter-signatories"));
    }

    @Test
    void theYearWithoutASessionIsAGapInEverySeries() {
        for (SupportSeries s : SupportSeries.worldwide(data)) {
            SeriesPoint y2020 = s.points().stream().filter(p -> p.assembly().year() == 2020).findFirst().orElseThrow();
            assertFalse(y2020.hasValue(), s.measure().id());
            assertEquals(12, s.points().size(), "a point for every year 2015-2026");
        }
    }

    @Test
    void theNetherlandsHasARecordAcrossSeveralAssemblies() {
        CountryTimeline nl = CountryTimeline.of(data, data.country("NL").orElseThrow());
        List<Integer> years = nl.assemblies().stream().filter(r -> r.total() > 0).map(r -> r.assembly().year()).toList();
        assertTrue(years.containsAll(List.of(2021, 2022, 2023, 2024)), "NL active in " + years);
        assertTrue(nl.assemblies().stream().anyMatch(r -> r.count(ActionKind.EXECUTIVE_STATEMENT) > 0));
    }

    @Test
    void theUnitedStatesRecordStartsWithTheLawOf2016() {
        CountryTimeline us = CountryTimeline.of(data, data.country("US").orElseThrow());
        AssemblyRecord y2016 = us.assemblies().stream().filter(r -> r.assembly().year() == 2016).findFirst().orElseThrow();
        assertEquals(1, y2016.count(ActionKind.LAW), "Public Law 114-139");
        assertTrue(us.totalActions() >= 10, "US actions: " + us.totalActions());
    }

    @Test
    void lithuaniaHasNoRecordYetAndLatviasLawmakersAreOnMofasLists() {
        assertTrue(CountryTimeline.of(data, data.country("LT").orElseThrow()).isEmpty());
        assertEquals(List.of(2023, 2024), CountryTimeline.of(data, data.country("LV").orElseThrow()).sessionsWithActions()
                .stream().map(r -> r.assembly().year()).toList(), "lawmakers in 2023, letters to INTERPOL in 2024");
    }

    @Test
    void paraguayIn2021And2022IsUnknownNotZeroAndAListOfSpeakersSaysNothingOfTheAlliesThatWrote() {
        Map<Integer, Coverage> paraguay = new LinkedHashMap<>();
        CountryTimeline.of(data, data.country("PY").orElseThrow()).assemblies()
                .forEach(r -> paraguay.put(r.assembly().year(), r.coverage()));
        assertEquals(Coverage.NOTHING_RECORDED, paraguay.get(2021), "the eleven allies of 2021 are not named");
        assertEquals(Coverage.NOTHING_RECORDED, paraguay.get(2022));
        assertEquals(Coverage.ACTED, paraguay.get(2023));
        Map<Integer, Coverage> guatemala = new LinkedHashMap<>();
        CountryTimeline.of(data, data.country("GT").orElseThrow()).assemblies()
                .forEach(r -> guatemala.put(r.assembly().year(), r.coverage()));
        assertEquals(Coverage.NOTHING_RECORDED, guatemala.get(2023),
                "not among the seven allies that spoke, but it may have written: unknown, not none");
    }

    @Test
    void theRigaOpEdsLikeMindedCountriesAreNamedNotCounted() {
        for (String code : List.of("US", "JP", "CA", "AU", "GB")) {
            AssemblyRecord y2023 = CountryTimeline.of(data, data.country(code).orElseThrow()).assemblies().stream()
                    .filter(r -> r.assembly().year() == 2023).findFirst().orElseThrow();
            assertTrue(y2023.notCounted().stream().anyMatch(a -> a.kind() == ActionKind.MENTION), code);
            assertTrue(y2023.counted().stream().noneMatch(a -> a.id().endsWith("-international-organisations")), code);
        }
        assertEquals(3, CountryTimeline.actionCounts(data).get("AU"), "not the mention, not the think tank");
    }
}
