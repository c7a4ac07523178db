package org.attache.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.attache.core.model.Assembly;
import org.attache.core.model.Dataset;
import org.attache.core.model.Attribution;
import org.attache.core.model.Evidence;
import org.attache.core.model.Measure;
import org.attache.core.model.Tally;
import org.junit.jupiter.api.Test;

class SupportSeriesTest {
    private static final List<String> SRC = List.of("src");

    private static Assembly held(int session, int year) {
        return new Assembly("ga-" + session, year, true, session, "City", "XX", null, null, List.of(), null, SRC);
    }

    private static Tally tally(String id, String assembly, String measure, double value, boolean lowerBound,
                               boolean interim) {
        return new Tally(id, assembly, measure, value, lowerBound, "MOFA", null, interim, null, null, List.of(),
                new Evidence(Attribution.REPORTED_BY_TAIWAN, null, null), null, SRC);
    }

    private static final Measure COUNTRIES = new Measure("countries", "Countries voicing support", "countries", null);
    private static final Measure ALLIES = new Measure("allies", "Allies voicing support", "allies", null);
    private static final Measure UNUSED = new Measure("unused", "Never counted", "things", null);

    private static Dataset dataset(List<Tally> tallies) {
        List<Assembly> assemblies = List.of(held(91, 2023), held(88, 2019),
                new Assembly("ga-2020", 2020, false, null, null, null, null, null, List.of(), "Postponed", SRC),
                held(89, 2021));
        return new Dataset("t", null, List.of(), assemblies, List.of(), List.of(), List.of(COUNTRIES, ALLIES, UNUSED),
                List.of(), tallies, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aSeriesHasOnePointPerAssemblyYearInOrderWithGapsWhereNothingWasReported() {
        Dataset d = dataset(List.of(tally("a", "ga-88", "countries", 14, false, false),
                tally("b", "ga-91", "countries", 60, true, false)));

        SupportSeries s = SupportSeries.of(d, COUNTRIES);

        assertEquals(List.of(2019, 2020, 2021, 2023), s.points().stream().map(p -> p.assembly().year()).toList());
        assertEquals(List.of("14", "no data", "no data", "60+"), s.points().stream().map(SeriesPoint::displayValue).toList());
        assertFalse(s.points().get(1).hasValue(), "2020 is a gap, not a zero");
        assertTrue(s.points().get(3).lowerBound());
        assertEquals(2, s.valueCount());
    }

    @Test
    void differentMeasuresAreNeverJoinedInOneSeries() {
        Dataset d = dataset(List.of(tally("a", "ga-88", "countries", 14, false, false),
                tally("b", "ga-89", "allies", 11, false, false)));

        List<SupportSeries> all = SupportSeries.worldwide(d);

        assertEquals(List.of("countries", "allies"), all.stream().map(s -> s.measure().id()).toList(),
                "one series per measure with data; measures without tallies are left out");
        assertEquals(List.of(2019), all.get(0).values().stream().map(p -> p.assembly().year()).toList());
        assertEquals(List.of(2021), all.get(1).values().stream().map(p -> p.assembly().year()).toList());
    }

    @Test
    void lowerBoundsProveARiseOnlyAboveAnExactValue() {
        Dataset rising = dataset(List.of(tally("a", "ga-88", "countries", 14, false, false),
                tally("b", "ga-91", "countries", 70, true, false)));
        Dataset bounds = dataset(List.of(tally("a", "ga-88", "countries", 60, true, false),
                tally("b", "ga-91", "countries", 70, true, false)));
        Dataset falling = dataset(List.of(tally("a", "ga-88", "allies", 11, false, false),
                tally("b", "ga-91", "allies", 7, false, false)));
        Dataset openFall = dataset(List.of(tally("a", "ga-88", "countries", 14, false, false),
                tally("b", "ga-91", "countries", 10, true, false)));

        assertEquals(SupportSeries.Trend.ROSE, SupportSeries.of(rising, COUNTRIES).definitions().get(0).trend());
        assertEquals(SupportSeries.Trend.UNCLEAR, SupportSeries.of(bounds, COUNTRIES).definitions().get(0).trend(),
                "60+ then 70+ may be a rise or a fall");
        assertEquals(SupportSeries.Trend.FELL, SupportSeries.of(falling, ALLIES).definitions().get(0).trend());
        assertEquals(SupportSeries.Trend.UNCLEAR, SupportSeries.of(openFall, COUNTRIES).definitions().get(0).trend(),
                "14 then 10+ may be more than 14");
    }

    @Test
    void anInterimCountIsLeftOutInFavourOfTheFinalOne() {
        Dataset d = dataset(List.of(tally("mid", "ga-89", "countries", 30, true, true),
                tally("final", "ga-89", "countries", 35, false, false)));

        SeriesPoint p2021 = SupportSeries.of(d, COUNTRIES).points().get(2);

        assertEquals("final", p2021.tally().id());
        assertEquals(35, p2021.value());
    }

    @Test
    void anAssemblyWithOnlyAnInterimCountIsAGap() {
        Dataset d = dataset(List.of(tally("mid", "ga-89", "countries", 30, true, true)));
        assertEquals(0, SupportSeries.of(d, COUNTRIES).valueCount());
    }
}
