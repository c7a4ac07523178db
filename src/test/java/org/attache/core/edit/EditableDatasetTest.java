package org.attache.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.attache.core.data.BundledDataset;
import org.attache.core.data.RandomDatasets;
import org.attache.core.model.Dataset;
import org.attache.core.model.Source;
import org.attache.core.model.SupportAction;
import org.attache.core.model.PublisherType;
import org.attache.core.model.SourceKind;
import org.junit.jupiter.api.Test;

/** Every kind of edit, done, undone and redone, gives back exactly the dataset it should, record for record. */
class EditableDatasetTest {
    private static final Dataset BASE = BundledDataset.load().dataset();
    private static final Dataset VARIANT = new RandomDatasets(7).variantOf(BASE);

    private static <T> Edit changeFirst(RecordKind<T> kind) {
        return Edit.change(kind, kind.of(BASE).get(0), kind.of(VARIANT).get(0));
    }

    @Test
    void changingARecordOfEachKindIsUndoneAndRedoneExactly() {
        for (RecordKind<?> kind : RecordKind.ALL) {
            if (kind.of(BASE).isEmpty() || kind.of(BASE).get(0).equals(kind.of(VARIANT).get(0))) continue;
            EditableDataset editing = new EditableDataset(BASE);
            assertEquals(List.of(), editing.perform(changeFirst(kind)), kind.listName());
            Dataset changed = editing.current();
            assertNotEquals(BASE, changed);
            assertTrue(editing.isModified());
            editing.undo();
            assertEquals(BASE, editing.current(), kind.listName());
            assertFalse(editing.isModified(), "back where it was opened");
            editing.redo();
            assertEquals(changed, editing.current(), kind.listName());
        }
    }

    @Test
    void removingARecordAndUndoingPutsItBackInItsPlace() {
        for (RecordKind<?> kind : List.of(RecordKind.ACTIONS, RecordKind.ASKS, RecordKind.TALKING_POINTS,
                RecordKind.ARTICLES, RecordKind.TALLIES)) {
            EditableDataset editing = new EditableDataset(BASE);
            List<?> records = kind.of(BASE);
            Object middle = records.get(records.size() / 2);
            assertEquals(List.of(), editing.perform(remove(kind, middle)), kind.listName());
            assertEquals(records.size() - 1, kind.of(editing.current()).size());
            editing.undo();
            assertEquals(BASE, editing.current(), kind.listName());
        }
    }

    private static <T> Edit remove(RecordKind<T> kind, Object record) {
        return Edit.remove(BASE, kind, kind.cast(record));
    }

    @Test
    void addingAStatementWithANewSourceReadsInTheEditMenuAndUndoesInOrder() {
        EditableDataset editing = new EditableDataset(BASE);
        Source source = new Source("src-lv-mfa-2026", "Statement on INTERPOL", "Ministry of Foreign Affairs of Latvia", null,
                null, "https://www.mfa.gov.lv/", null, "en", SourceKind.WEB, PublisherType.GOVERNMENT, false, null);
        SupportAction template = BASE.actions().stream().filter(a -> a.country() != null).findFirst().orElseThrow();
        SupportAction statement = new SupportAction("act-2026-lv-mfa", "LV", null, template.assembly(), null,
                "Minister of Foreign Affairs of Latvia", null, template.actorType(), template.kind(),
                "Spoke for Taiwan's participation.", null, template.evidence(), null, List.of(source.id()));

        assertEquals(List.of(), editing.perform(Edit.add(RecordKind.SOURCES, source)));
        assertEquals(List.of(), editing.perform(Edit.add(RecordKind.ACTIONS, statement)));
        assertEquals(Optional.of("add " + template.kind().label().toLowerCase() + " by Minister of Foreign Affairs of Latvia"),
                editing.undoDescription());
        assertTrue(editing.current().actions().contains(statement));

        editing.undo();
        assertEquals(Optional.of("add source \u201cStatement on INTERPOL\u201d"), editing.undoDescription());
        assertTrue(editing.redoDescription().orElseThrow().startsWith("add "));
        editing.undo();
        assertEquals(BASE, editing.current());
        assertFalse(editing.canUndo());
    }

    @Test
    void deletingASourceThatIsCitedIsRefusedWithWhatCitesIt() {
        EditableDataset editing = new EditableDataset(BASE);
        Source cited = BASE.sources().get(0);
        List<String> refused = editing.perform(Edit.remove(BASE, RecordKind.SOURCES, cited));
        assertTrue(refused.get(0).startsWith("source \"" + cited.id() + "\" is cited by "), refused.toString());
        assertEquals(SourceUses.citing(BASE, cited.id()).size() + 1, refused.size());
        assertTrue(refused.size() > 1);
        assertSame(BASE, editing.current(), "nothing changed");
        assertFalse(editing.canUndo());
    }

    @Test
    void anEditThatWouldBreakAReferenceIsRefusedWithItsPlaceAndChangesNothing() {
        EditableDataset editing = new EditableDataset(BASE);
        SupportAction a = BASE.actions().get(0);
        SupportAction broken = new SupportAction(a.id(), a.country(), a.organisation(), a.assembly(), a.date(), a.actor(),
                a.actorRole(), a.actorType(), a.kind(), a.summary(), a.quote(), a.evidence(), a.note(),
                List.of("src-that-does-not-exist"));
        List<String> refused = editing.perform(Edit.change(RecordKind.ACTIONS, a, broken));
        assertTrue(refused.stream().anyMatch(r -> r.startsWith("$.actions[0].sources[0]: unknown source")), refused.toString());
        assertSame(BASE, editing.current());

        var assembly = BASE.assemblies().get(BASE.assemblies().size() / 2);
        assertFalse(editing.perform(Edit.remove(BASE, RecordKind.ASSEMBLIES, assembly)).isEmpty(),
                "an assembly that actions name cannot go");
    }

    @Test
    void aLongRandomRunOfEditsIsUndoneToTheStartAndRedoneToTheEnd() {
        Random random = new Random(42);
        EditableDataset editing = new EditableDataset(BASE);
        int done = 0;
        for (int i = 0; i < 60; i++) {
            Dataset now = editing.current();
            Dataset other = new RandomDatasets(random.nextLong()).variantOf(now);
            RecordKind<?> kind = RecordKind.ALL.get(random.nextInt(RecordKind.ALL.size()));
            Edit edit = random.nextInt(4) == 0 ? removeAt(now, kind, random) : changeAt(now, other, kind, random);
            if (edit != null && editing.perform(edit).isEmpty()) done++;
        }
        Dataset end = editing.current();
        assertTrue(done > 30, "edits done: " + done);
        List<String> undone = new ArrayList<>();
        while (editing.canUndo()) {
            undone.add(editing.undoDescription().orElseThrow());
            editing.undo();
        }
        assertEquals(done, undone.size());
        assertEquals(BASE, editing.current());
        while (editing.canRedo()) editing.redo();
        assertEquals(end, editing.current());
    }

    private static <T> Edit changeAt(Dataset now, Dataset other, RecordKind<T> kind, Random random) {
        List<T> records = kind.of(now);
        if (records.isEmpty()) return null;
        int i = random.nextInt(records.size());
        T after = kind.of(other).get(i);
        return after.equals(records.get(i)) ? null : Edit.change(kind, records.get(i), after);
    }

    private static <T> Edit removeAt(Dataset now, RecordKind<T> kind, Random random) {
        List<T> records = kind.of(now);
        return records.isEmpty() ? null : Edit.remove(now, kind, records.get(random.nextInt(records.size())));
    }
}
