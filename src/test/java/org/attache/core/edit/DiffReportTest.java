package org.attache.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.attache.core.data.BundledDataset;
import org.attache.core.model.Assembly;
import org.attache.core.model.Dataset;
import org.attache.core.model.Organisation;
import org.attache.core.model.SupportAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A report of what changed between two versions lists exactly the records edited, with exactly the fields changed,
 * each under the countries and the assemblies it concerns, in a fixed order.
 */
class DiffReportTest {
    private static final Dataset BASE = BundledDataset.load().dataset();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 17, 2026})
    void aVersionWithSeededEditsListsExactlyThoseRecordsWithExactlyTheirFields(long seed) {
        GeneratedVersion version = GeneratedVersion.of(BASE, seed);
        DiffReport report = DiffReport.between(version.before(), version.after());

        Map<String, GeneratedVersion.Expected> expected = version.expected();
        assertTrue(expected.size() >= 8, "enough edits to mean something: " + expected.keySet());
        Map<String, DiffEntry> listed = new HashMap<>();
        for (DiffEntry e : report.entries()) listed.put(GeneratedVersion.key(e.kind(), e.id()), e);
        assertEquals(expected.keySet(), listed.keySet());
        for (GeneratedVersion.Expected x : expected.values()) {
            DiffEntry e = listed.get(GeneratedVersion.key(x.kind(), x.id()));
            assertEquals(x.status(), e.status(), x.id());
            assertEquals(x.fields(), e.difference().fields().stream().map(DatasetDiff.FieldChange::field)
                    .collect(Collectors.toSet()), x.id());
            assertEquals(x.countries(), e.countries(), x.id());
            assertEquals(x.assemblies(), e.assemblies(), x.id());
        }
        assertEquals(count(expected, DatasetDiff.Status.ADDED) + " added, " + count(expected, DatasetDiff.Status.CHANGED)
                + " changed, " + count(expected, DatasetDiff.Status.REMOVED) + " removed", report.summary());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 17, 2026})
    void eachRecordIsUnderEveryCountryAndAssemblyItConcernsAndNowhereElse(long seed) {
        GeneratedVersion version = GeneratedVersion.of(BASE, seed);
        DiffReport report = DiffReport.between(version.before(), version.after());

        Map<String, Set<String>> byCountry = placesOf(report.groups(DiffGrouping.COUNTRY));
        Map<String, Set<String>> byAssembly = placesOf(report.groups(DiffGrouping.ASSEMBLY));
        for (GeneratedVersion.Expected x : version.expected().values()) {
            String key = GeneratedVersion.key(x.kind(), x.id());
            assertEquals(x.countries().isEmpty() ? Set.of(DiffGroup.GENERAL) : x.countries(), byCountry.get(key), key);
            assertEquals(x.assemblies().isEmpty() ? Set.of(DiffGroup.NO_ASSEMBLY) : x.assemblies(), byAssembly.get(key), key);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5, 6})
    void groupsAreInOrderOfCountryNameOrAssemblyYearAndRecordsByKindThenId(long seed) {
        GeneratedVersion version = GeneratedVersion.of(BASE, seed);
        DiffReport report = DiffReport.between(version.before(), version.after());

        List<DiffGroup> countries = report.groups(DiffGrouping.COUNTRY);
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        for (int i = 1; i < countries.size(); i++) {
            DiffGroup a = countries.get(i - 1);
            DiffGroup b = countries.get(i);
            assertTrue(!a.isRest() && (b.isRest() || collator.compare(a.name(), b.name()) <= 0), a.name() + " before " + b.name());
        }
        List<DiffGroup> assemblies = report.groups(DiffGrouping.ASSEMBLY);
        for (int i = 1; i < assemblies.size(); i++) {
            DiffGroup a = assemblies.get(i - 1);
            DiffGroup b = assemblies.get(i);
            assertTrue(!a.isRest() && (b.isRest() || year(a) < year(b)), a.name() + " before " + b.name());
        }
        for (List<DiffGroup> groups : List.of(countries, assemblies)) {
            for (DiffGroup g : groups) {
                List<DiffEntry> sorted = new ArrayList<>(g.entries());
                sorted.sort(java.util.Comparator.comparingInt((DiffEntry e) -> RecordKind.ALL.indexOf(e.kind()))
                        .thenComparing(DiffEntry::id));
                assertEquals(sorted, g.entries(), g.name());
            }
        }
        assertEquals(report.groups(DiffGrouping.COUNTRY), DiffReport.between(version.before(), version.after())
                .groups(DiffGrouping.COUNTRY), "the same versions, the same report");
    }

    @Test
    void identicalVersionsHaveNoDifferences() {
        Dataset reread = BundledDataset.load().dataset();
        DiffReport report = DiffReport.between(BASE, reread);

        assertTrue(report.isEmpty());
        assertEquals(List.of(), report.groups(DiffGrouping.COUNTRY));
        assertEquals(List.of(), report.groups(DiffGrouping.ASSEMBLY));
        assertEquals("0 added, 0 changed, 0 removed", report.summary());
    }

    @Test
    void anAddedActionIsDescribedByItsCountryItsKindAndItsAssembly() {
        SupportAction template = BASE.actions().get(0);
        Assembly held = BASE.assemblies().stream().filter(Assembly::held).reduce((a, b) -> b).orElseThrow();
        SupportAction added = new SupportAction("act-lv-new", "LV", null, held.id(), null, "Minister", null,
                template.actorType(), org.attache.core.model.ActionKind.EXECUTIVE_STATEMENT, "Spoke.", null,
                template.evidence(), null, template.sources());
        List<SupportAction> actions = new ArrayList<>(BASE.actions());
        actions.add(added);

        DiffReport report = DiffReport.between(BASE, RecordKind.ACTIONS.with(BASE, actions));

        DiffGroup latvia = report.groups(DiffGrouping.COUNTRY).get(0);
        assertEquals("LV", latvia.key());
        assertEquals("Latvia", latvia.name());
        assertEquals("Latvia: executive statement at the " + Assembly.ordinal(held.session()) + " General Assembly",
                latvia.entries().get(0).description());
        DiffGroup assembly = report.groups(DiffGrouping.ASSEMBLY).get(0);
        assertEquals(held.label(), assembly.name());
        assertEquals("1 added, 0 changed, 0 removed", report.summary());
    }

    @Test
    void anOrganisationsActionConcernsItsMembersAndOnlyThemWhenFilteredByCountry() {
        SupportAction byOrganisation = BASE.actions().stream().filter(a -> a.organisation() != null
                && !BASE.organisation(a.organisation()).orElseThrow().members().isEmpty()).findFirst().orElseThrow();
        Organisation organisation = BASE.organisation(byOrganisation.organisation()).orElseThrow();
        List<SupportAction> actions = new ArrayList<>(BASE.actions());
        actions.remove(byOrganisation);

        DiffReport report = DiffReport.between(BASE, RecordKind.ACTIONS.with(BASE, actions));

        assertEquals(new HashSet<>(organisation.members()), report.groups(DiffGrouping.COUNTRY).stream()
                .map(DiffGroup::key).collect(Collectors.toSet()));
        String member = organisation.members().get(0);
        assertEquals(1, report.concerning(member).entries().size());
        assertTrue(report.concerning("TW".equals(member) ? "PY" : "TW").isEmpty());
        assertTrue(report.entries().get(0).description().startsWith(organisation.name() + ": "),
                report.entries().get(0).description());
    }

    @Test
    void aFieldChangedIsGivenBeforeAndAfterAsTheFileHoldsIt() {
        var fact = BASE.facts().stream().filter(f -> f.figure() != null && f.figure().value() == Math.rint(f.figure().value()))
                .findFirst().orElseThrow();
        var figure = new org.attache.core.model.Figure(fact.figure().value() + 2, fact.figure().unit(), fact.figure().lowerBound());
        var changed = new org.attache.core.model.Fact(fact.id(), fact.kind(), fact.category(), fact.title(), fact.statement(),
                figure, fact.date(), fact.assembly(), fact.countries(), fact.regions(), fact.evidence(), fact.note(),
                fact.sources());
        List<org.attache.core.model.Fact> facts = new ArrayList<>(BASE.facts());
        facts.set(facts.indexOf(fact), changed);

        DiffReport report = DiffReport.between(BASE, RecordKind.FACTS.with(BASE, facts));

        long before = (long) fact.figure().value();
        assertEquals(List.of(new DatasetDiff.FieldChange("figure.value", String.valueOf(before), String.valueOf(before + 2))),
                report.entries().get(0).difference().fields());
        assertFalse(report.isEmpty());
    }

    @Test
    void aRemovedTallyIsDescribedByItsMeasureItsAssemblyAndItsValue() {
        org.attache.core.model.Tally tally = BASE.tallies().stream()
                .filter(t -> !t.interim() && BASE.assembly(t.assembly()).orElseThrow().held()).findFirst().orElseThrow();
        List<org.attache.core.model.Tally> tallies = new ArrayList<>(BASE.tallies());
        tallies.remove(tally);

        DiffReport report = DiffReport.between(BASE, RecordKind.TALLIES.with(BASE, tallies));

        Assembly at = BASE.assembly(tally.assembly()).orElseThrow();
        assertEquals(BASE.measure(tally.measure()).orElseThrow().label() + " at the " + Assembly.ordinal(at.session())
                + " General Assembly: " + tally.displayValue(), report.entries().get(0).description());
        assertEquals(List.of(new DiffGroup(at.id(), at.label(), report.entries())), report.groups(DiffGrouping.ASSEMBLY));
        assertEquals("0 added, 0 changed, 1 removed", report.summary());
    }

    private static Map<String, Set<String>> placesOf(List<DiffGroup> groups) {
        Map<String, Set<String>> places = new HashMap<>();
        for (DiffGroup g : groups) {
            for (DiffEntry e : g.entries()) {
                places.computeIfAbsent(GeneratedVersion.key(e.kind(), e.id()), k -> new HashSet<>())
                        .add(g.isRest() ? g.name() : g.key());
            }
        }
        return places;
    }

    private static int year(DiffGroup assembly) {
        return BASE.assembly(assembly.key()).map(Assembly::year).orElse(Integer.MAX_VALUE);
    }

    private static long count(Map<String, GeneratedVersion.Expected> expected, DatasetDiff.Status status) {
        return expected.values().stream().filter(x -> x.status() == status).count();
    }
}
