package org.attache.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.attache.core.data.BundledDataset;
import org.attache.core.data.RandomDatasets;
import org.attache.core.model.Change;
import org.attache.core.model.Dataset;
import org.attache.core.model.PartialDate;
import org.attache.core.model.SupportAction;
import org.attache.core.model.Tally;
import org.junit.jupiter.api.Test;

/** The differences between two versions are exactly the records added, changed (with their fields) and removed. */
class DatasetDiffTest {
    private static final Dataset BASE = BundledDataset.load().dataset();

    @Test
    void aVersionWithKnownChangesListsExactlyThem() {
        Dataset variant = new RandomDatasets(3).variantOf(BASE);
        List<SupportAction> actions = new ArrayList<>(BASE.actions());
        SupportAction gone1 = actions.remove(5);
        SupportAction gone2 = actions.remove(10);
        SupportAction added = new SupportAction("act-new", "LV", null, actions.get(0).assembly(), null, "A minister", null,
                actions.get(0).actorType(), actions.get(0).kind(), "Spoke.", null, actions.get(0).evidence(), null,
                actions.get(0).sources());
        actions.add(added);
        List<Tally> tallies = new ArrayList<>(BASE.tallies());
        for (int i = 0; i < 3; i++) tallies.set(i, variant.tallies().get(i));
        Dataset after = RecordKind.TALLIES.with(RecordKind.ACTIONS.with(BASE, actions), tallies);

        DatasetDiff diff = DatasetDiff.between(BASE, after);

        Set<String> expected = Set.of("ADDED act-new", "REMOVED " + gone1.id(), "REMOVED " + gone2.id(),
                "CHANGED " + BASE.tallies().get(0).id(), "CHANGED " + BASE.tallies().get(1).id(),
                "CHANGED " + BASE.tallies().get(2).id());
        assertEquals(expected, diff.differences().stream().map(d -> d.status() + " " + d.id()).collect(Collectors.toSet()));
        assertEquals("1 support action added, 3 tallies changed, 2 support actions removed", diff.summary());
        DatasetDiff.Difference changed = diff.differences().stream()
                .filter(d -> d.status() == DatasetDiff.Status.CHANGED).findFirst().orElseThrow();
        Tally before = BASE.tallies().get(0);
        Tally now = variant.tallies().get(0);
        if (!before.reportedBy().equals(now.reportedBy())) {
            assertTrue(changed.fields().contains(new DatasetDiff.FieldChange("reportedBy", before.reportedBy(),
                    now.reportedBy())), changed.fields().toString());
        }
        assertTrue(changed.fields().stream().noneMatch(f -> f.field().equals("id") || f.field().equals("assembly")),
                "only fields that differ: " + changed.fields());
    }

    @Test
    void aNestedFieldIsNamedByItsPath() {
        var fact = BASE.facts().stream().filter(f -> f.figure() != null).findFirst().orElseThrow();
        var figure = new org.attache.core.model.Figure(fact.figure().value() + 1, fact.figure().unit(), fact.figure().lowerBound());
        var changed = new org.attache.core.model.Fact(fact.id(), fact.kind(), fact.category(), fact.title(), fact.statement(),
                figure, fact.date(), fact.assembly(), fact.countries(), fact.regions(), fact.evidence(), fact.note(),
                fact.sources());
        List<org.attache.core.model.Fact> facts = new ArrayList<>(BASE.facts());
        facts.set(facts.indexOf(fact), changed);

        DatasetDiff diff = DatasetDiff.between(BASE, RecordKind.FACTS.with(BASE, facts));

        assertEquals(List.of("figure.value"), diff.differences().get(0).fields().stream()
                .map(DatasetDiff.FieldChange::field).toList());
    }

    @Test
    void aSaveThatChangesRecordsIsLoggedWithWhoWhenAndWhatAndOneThatChangesNothingIsNot() {
        List<SupportAction> actions = new ArrayList<>(BASE.actions());
        actions.remove(0);
        Dataset after = RecordKind.ACTIONS.with(BASE, actions);

        Dataset logged = ChangeLog.recorded(BASE, after, "Europe Desk", LocalDate.of(2026, 11, 23));

        assertEquals(List.of(new Change(new PartialDate(2026, 11, 23), "Europe Desk", "1 support action removed")),
                logged.changes().subList(BASE.changes().size(), logged.changes().size()));
        assertSame(logged, ChangeLog.recorded(logged, logged, "Europe Desk", LocalDate.of(2026, 11, 24)));
    }
}
