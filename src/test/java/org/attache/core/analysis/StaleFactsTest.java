package org.attache.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attache.core.analysis.StaleFacts.OldSource;
import org.attache.core.analysis.StaleFacts.Quiet;
import org.attache.core.analysis.StaleFacts.Replaced;
import org.attache.core.data.BundledDataset;
import org.attache.core.model.ActionKind;
import org.attache.core.model.ActorType;
import org.attache.core.model.Assembly;
import org.attache.core.model.Attribution;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.model.Evidence;
import org.attache.core.model.Fact;
import org.attache.core.model.FactKind;
import org.attache.core.model.Figure;
import org.attache.core.model.PartialDate;
import org.attache.core.model.Region;
import org.attache.core.model.Source;
import org.attache.core.model.SupportAction;
import org.junit.jupiter.api.Test;

class StaleFactsTest {
    private static final Evidence OWN = new Evidence(Attribution.OWN, null, null);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Country FR = country("FR");
    private static final Country NL = country("NL");
    private static final Country LV = country("LV");

    private static Country country(String code) {
        return new Country(code, code, null, Region.EUROPE, null, true, null, List.of());
    }

    private static Assembly assembly(int year, String start) {
        return new Assembly("ga-" + year, year, true, year - 1932, "City", "XX",
                start == null ? null : PartialDate.parse(start), null, List.of(), null, List.of());
    }

    private static SupportAction action(String id, String country, int year, String source) {
        return new SupportAction(id, country, null, "ga-" + year, null, "actor", null, ActorType.GOVERNMENT,
                ActionKind.EXECUTIVE_STATEMENT, "summary", null, OWN, null, List.of(source));
    }

    private static Source source(String id, String date) {
        return new Source(id, "Title " + id, "Publisher", null, PartialDate.parse(date), null, null, "en", null, null,
                false, null);
    }

    private static Fact fact(String id, FactKind kind, String unit, String date, String... sources) {
        return new Fact(id, kind, "public-safety", "Title " + id, "Statement.", new Figure(4, unit, false),
                PartialDate.parse(date), null, List.of(), List.of(), OWN, null, List.of(sources));
    }

    private static Dataset dataset(List<Fact> facts) {
        return new Dataset("t", null,
                List.of(source("old", "2019-12"), source("recent", "2021-06-02"), source("edge", "2021-05-31"),
                        source("ranking", "2025")),
                List.of(assembly(2018, "2018-11-18"), assembly(2019, "2019-10-15"), assembly(2024, "2024-11-04"),
                        assembly(2025, "2025-11-24"), assembly(2026, null)),
                List.of(FR, NL, LV), List.of(), List.of(),
                List.of(action("a1", "FR", 2018, "old"), action("a2", "FR", 2019, "edge"),
                        action("a3", "NL", 2024, "recent")),
                List.of(), facts, List.of(), List.of(), List.of());
    }

    private static StaleFacts stale(Dataset d) {
        return new StaleFacts(d, TODAY, 5);
    }

    @Test
    void theLastTwoAssembliesAreThoseHeldBeforeToday() {
        assertEquals(List.of("ga-2024", "ga-2025"), stale(dataset(List.of())).lastTwoAssemblies().stream()
                .map(Assembly::id).toList(), "an assembly of this year without a date is not yet held");
        assertEquals(List.of("ga-2019", "ga-2024"), new StaleFacts(dataset(List.of()), LocalDate.of(2025, 11, 24), 5)
                .lastTwoAssemblies().stream().map(Assembly::id).toList(), "an assembly opening today is not yet past");
    }

    @Test
    void aCountrySilentAtTheLastTwoAssembliesIsFlaggedWithTheYearOfItsLastAct() {
        Optional<Quiet> quiet = stale(dataset(List.of())).quiet(FR);
        assertEquals(2019, quiet.orElseThrow().lastYear());
        assertEquals(List.of("ga-2024", "ga-2025"), quiet.get().missed().stream().map(Assembly::id).toList());
    }

    @Test
    void aCountryThatActedAtEitherOfTheLastTwoIsNotFlagged() {
        assertTrue(stale(dataset(List.of())).quiet(NL).isEmpty());
    }

    @Test
    void aCountryThatNeverActedIsFlaggedWithoutAYear() {
        assertEquals(Optional.of(new Quiet("LV", null, stale(dataset(List.of())).lastTwoAssemblies())),
                stale(dataset(List.of())).quiet(LV));
    }

    @Test
    void withFewerThanTwoPastAssembliesNoCountryIsCalledSilent() {
        assertTrue(new StaleFacts(dataset(List.of()), LocalDate.of(2019, 1, 1), 5).quiet(LV).isEmpty());
    }

    @Test
    void aSourceIsOldOnlyWhenEvenTheLastDayItCouldBearIsPastTheAge() {
        StaleFacts s = stale(dataset(List.of()));
        assertEquals(List.of(new OldSource("FR", "old", 2019), new OldSource("FR", "edge", 2021)), s.oldSources(FR));
        assertEquals(List.of(), s.oldSources(NL), "2021-06-02 is within five years of 2026-06-01");
        assertEquals(List.of(), new StaleFacts(dataset(List.of()), TODAY, 10).oldSources(FR), "a longer age flags less");
    }

    @Test
    void aTextInForceIsNeverOldWhileAnOrdinarySourceOfTheSameDateIs() {
        Source constitution = new Source("constitution", "Constitution", "INTERPOL", null, PartialDate.parse("1956"),
                null, null, "en", null, null, false, "As amended.", true);
        Source report = source("report", "1956");
        for (int age : new int[] {1, 5, 50}) {
            StaleFacts s = new StaleFacts(dataset(List.of()), TODAY, age);
            assertFalse(s.isOld(constitution), "in force, at " + age + " years");
            assertTrue(s.isOld(report), "a report of 1956, at " + age + " years");
        }
    }

    @Test
    void aStandingFigureMeasuredAgainLaterFromTheSameSourceIsReplaced() {
        Fact y2023 = fact("r2023", FactKind.CAPABILITY, "rank among 142 countries", "2023", "ranking");
        Fact y2025 = fact("r2025", FactKind.CAPABILITY, "rank among 147 countries", "2025", "ranking");
        Fact y2024 = fact("r2024", FactKind.CAPABILITY, "rank among 146 countries", "2024", "ranking");
        StaleFacts s = stale(dataset(List.of(y2023, y2025, y2024)));
        assertEquals(List.of(new Replaced("r2023", "r2025"), new Replaced("r2024", "r2025")), s.replaced());
        assertEquals(s.replaced(), s.of(LV).replaced(), "every pack prints the standing figures");
        assertEquals(List.of(new Replaced("r2023", "r2024")),
                new StaleFacts(dataset(List.of(y2023, y2025, y2024)), LocalDate.of(2024, 12, 1), 5).replaced(),
                "a figure dated after today replaces nothing yet");
    }

    @Test
    void aFigureIsNotReplacedByADifferentMeasureASeparateCaseAnotherSourceOrTheSameYear() {
        List<Fact> facts = List.of(
                fact("rate", FactKind.CAPABILITY, "homicides per 100,000 people", "2020", "ranking"),
                fact("crimes", FactKind.CAPABILITY, "reported crimes per 100,000 people", "2025", "ranking"),
                fact("case1", FactKind.CASE, "kg of heroin", "2018", "ranking"),
                fact("case2", FactKind.CASE, "kg of heroin", "2025", "ranking"),
                fact("other1", FactKind.CAPABILITY, "officers", "2019", "old"),
                fact("other2", FactKind.CAPABILITY, "officers", "2024", "ranking"),
                fact("month", FactKind.CONTEXT, "people", "2025", "ranking"),
                fact("month2", FactKind.CONTEXT, "people", "2025-05", "ranking"));
        assertEquals(List.of(), stale(dataset(facts)).replaced());
    }

    @Test
    void theBundledDatasetFlagsKnownCountriesExactly() {
        Dataset d = BundledDataset.load().dataset();
        StaleFacts s = new StaleFacts(d, TODAY, 5);
        assertEquals(List.of("ga-92", "ga-93"), s.lastTwoAssemblies().stream().map(Assembly::id).toList());
        assertEquals(2018, s.quiet(d.country("FR").orElseThrow()).orElseThrow().lastYear());
        assertEquals(2022, s.quiet(d.country("BE").orElseThrow()).orElseThrow().lastYear());
        assertTrue(s.quiet(d.country("LV").orElseThrow()).isEmpty(), "Latvia acted at the 92nd");
        assertTrue(s.quiet(d.country("PY").orElseThrow()).isEmpty(), "Paraguay acted at the 93rd");
        assertEquals(List.of(new OldSource("PY", "src-taipei-times-2018-12-14", 2018),
                new OldSource("PY", "src-mofa-2019-10-19", 2019)),
                s.oldSources(d.country("PY").orElseThrow()).stream()
                        .sorted(java.util.Comparator.comparingInt(OldSource::year)).toList());
        assertEquals(List.of(), s.oldSources(d.country("LV").orElseThrow()));
        assertEquals(List.of(new Replaced("fact-numbeo-2024", "fact-numbeo-2025"),
                new Replaced("fact-numbeo-2023", "fact-numbeo-2025"),
                new Replaced("tally-89-parliamentarians-interim", "tally-89-parliamentarians"),
                new Replaced("tally-89-parliamentarian-countries-interim", "tally-89-parliamentarian-countries")),
                s.replaced());
    }
}
