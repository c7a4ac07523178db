package org.attache.core.analysis;

import static org.attache.core.analysis.EvidenceFixture.DATA;
import static org.attache.core.analysis.EvidenceFixture.country;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.attache.core.model.SupportAction;
import org.junit.jupiter.api.Test;

class CountingRuleTest {
    private static SupportAction action(String id) {
        return DATA.actions().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(List<SupportAction> actions) {
        return actions.stream().map(SupportAction::id).toList();
    }

    @Test
    void beingNamedByOthersIsShownButNotCountedAsTheCountrysAction() {
        SupportAction mention = action("act-us-2023-mention");
        assertFalse(CountingRule.STANDARD.counts(mention));
        AssemblyRecord y2023 = CountryTimeline.of(DATA, country("US")).assemblies().get(4);
        assertEquals(0, y2023.total());
        assertEquals(List.of("act-us-2023-mention"), ids(y2023.notCounted()));
        assertEquals(List.of("act-us-2023-mention"), ids(y2023.actions()), "still listed in the record");
    }

    @Test
    void aThinkTankFromTheCountryIsNotTheCountrysAction() {
        assertFalse(CountingRule.STANDARD.counts(action("act-au-2023-think-tank")));
        CountryTimeline au = CountryTimeline.of(DATA, country("AU"));
        assertTrue(au.isEmpty());
        assertTrue(au.hasRecords());
        assertEquals(0, CountryTimeline.actionCounts(DATA).getOrDefault("AU", 0));
    }

    @Test
    void ownActsAndActsReportedByTaiwanCount() {
        assertTrue(CountingRule.STANDARD.counts(action("act-us-2021")));
        assertTrue(CountingRule.STANDARD.counts(action("act-py-2023")), "an ally's speech, as MOFA reports it");
        assertTrue(CountingRule.STANDARD.counts(action("act-us-2022-general")), "INTERPOL not named: counted, marked");
    }

    @Test
    void anUnconfirmedActionCountsOnlyWhenTheUserAsksForUnconfirmedItems() {
        SupportAction bill = action("act-us-2022-bill");
        assertFalse(CountingRule.STANDARD.counts(bill));
        assertTrue(new CountingRule(true).counts(bill));
        assertEquals(3, CountryTimeline.of(DATA, country("US")).totalActions());
        assertEquals(4, CountryTimeline.of(DATA, country("US"), new CountingRule(true)).totalActions());
    }

    @Test
    void aYearWithoutASessionIsNotCountedAsAnAssembly() {
        CountryTimeline us = CountryTimeline.of(DATA, country("US"));
        assertEquals(3, us.totalActions(), "the 2020 law, the 2021 statement and the 2022 general statement");
        assertEquals(List.of(2021, 2022), us.sessionsWithActions().stream().map(r -> r.assembly().year()).toList());
        assertEquals(1, us.actionsOutsideSessions());
    }

    @Test
    void aCompleteListOfAlliesSaysWhoDidNotActWhereOtherYearsRecordNothing() {
        List<Coverage> guatemala = CountryTimeline.of(DATA, country("GT")).assemblies().stream()
                .map(AssemblyRecord::coverage).toList();
        assertEquals(List.of(Coverage.NOTHING_RECORDED, Coverage.NO_SESSION, Coverage.NOTHING_RECORDED,
                Coverage.NOTHING_RECORDED, Coverage.RECORDED_NONE), guatemala,
                "2023's tally names every ally that voiced support, and Guatemala is not among them");
        List<Coverage> paraguay = CountryTimeline.of(DATA, country("PY")).assemblies().stream()
                .map(AssemblyRecord::coverage).toList();
        assertEquals(List.of(Coverage.ACTED, Coverage.NO_SESSION, Coverage.NOTHING_RECORDED,
                Coverage.NOTHING_RECORDED, Coverage.ACTED), paraguay,
                "2021's eleven allies are not named, so Paraguay's 2021 is unknown, not zero");
        assertEquals(Coverage.NOTHING_RECORDED, CountryTimeline.of(DATA, country("NL")).assemblies().get(4).coverage(),
                "a complete list of allies says nothing of a country that is not an ally");
    }

    @Test
    void aCountryChartStacksActsThatDoNotNameInterpolApartFromTheKindsThatDo() {
        var chart = org.attache.core.chart.ChartDefinitions.country(CountryTimeline.of(DATA, country("US")));
        assertEquals(List.of("Executive statement", "INTERPOL not named"),
                chart.series().stream().map(org.attache.core.chart.ChartSeries::name).toList());
        assertEquals(List.of(2020, 2022), java.util.stream.IntStream.range(0, chart.categories().size())
                .filter(i -> chart.series().get(1).points().get(i).hasValue())
                .mapToObj(i -> Integer.parseInt(chart.categories().get(i).label())).toList(),
                "the TAIPEI-style law and the general statement");
    }
}
