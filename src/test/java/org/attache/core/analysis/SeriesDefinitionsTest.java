package org.attache.core.analysis;

import static org.attache.core.analysis.EvidenceFixture.DATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.attache.core.chart.ChartDefinitions;
import org.attache.core.chart.ChartPoint;
import org.attache.core.chart.ChartSeries;
import org.attache.core.chart.ChartSpec;
import org.junit.jupiter.api.Test;

class SeriesDefinitionsTest {
    private static SupportSeries series(String measure) {
        return SupportSeries.of(DATA, DATA.measure(measure).orElseThrow());
    }

    private static List<Integer> years(SupportSeries.Definition d) {
        return d.values().stream().map(p -> p.assembly().year()).toList();
    }

    @Test
    void aChangeOfDefinitionStartsANewSeries() {
        List<SupportSeries.Definition> allies = series("allies-voicing-support").definitions();

        assertEquals(Arrays.asList("allies that wrote to INTERPOL", "allies that voiced support orally or in writing",
                null), allies.stream().map(SupportSeries.Definition::definition).toList(), "null: the measure's own");
        assertEquals(List.of(List.of(2019), List.of(2021), List.of(2023)), allies.stream().map(SeriesDefinitionsTest::years).toList());
    }

    @Test
    void theChartDrawsEachDefinitionApartSoNoLineJoinsTwoDefinitions() {
        ChartSpec chart = ChartDefinitions.growth(series("allies-voicing-support"));

        assertEquals(3, chart.series().size());
        for (ChartSeries s : chart.series()) {
            assertEquals(1, s.values().size(), s.name() + " holds the values of one definition only");
        }
        assertTrue(chart.note().contains("never joined"), chart.note());
    }

    @Test
    void aFigureOfAnotherKindStaysOutOfTheMeasuresOwnLine() {
        List<SupportSeries.Definition> countries = series("countries-voicing-support").definitions();

        assertNull(countries.get(0).definition(), "the measure's own definition");
        assertEquals(List.of(2019, 2023), years(countries.get(0)));
        assertEquals("countries the supporters came from", countries.get(1).definition());
        assertEquals(List.of(2022), years(countries.get(1)));
        ChartSpec chart = ChartDefinitions.growth(series("countries-voicing-support"));
        List<ChartPoint> own = chart.series().get(0).points();
        assertTrue(own.get(0).hasValue() && !own.get(3).hasValue() && own.get(4).hasValue(),
                "2022's 50 is not a point of the 2019-2023 line");
    }

    @Test
    void aTrendIsClaimedOnlyWhereTheBoundsProveIt() {
        assertEquals(SupportSeries.Trend.ROSE, series("countries-voicing-support").definitions().get(0).trend(),
                "14, then 60+: certainly more");
        SupportSeries.Definition allies2023 = series("allies-voicing-support").definitions().get(2);
        assertEquals(SupportSeries.Trend.SINGLE, allies2023.trend());
    }
}
