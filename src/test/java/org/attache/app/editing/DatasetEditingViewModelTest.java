package org.attache.app.editing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.attache.app.common.DirectTasks;
import org.attache.core.data.DatasetWriter;
import org.attache.core.edit.DatasetDiff;
import org.attache.core.edit.Edit;
import org.attache.core.edit.RecordKind;
import org.attache.core.edit.Recovery;
import org.attache.core.export.DatasetFile;
import org.attache.core.model.Dataset;
import org.attache.core.model.SupportAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving from the app: to its file with a change-log entry, and never over a colleague's version. */
class DatasetEditingViewModelTest {
    @TempDir
    Path dir;
    private Path file;
    private DatasetEditingViewModel editing;
    private final List<DatasetEditingViewModel.Saved> outcomes = new ArrayList<>();

    @BeforeEach
    void openACopyOfTheBundledDataset() throws IOException {
        file = dir.resolve("campaign.json");
        Files.write(file, DatasetWriter.toBytes(DatasetFile.bundled().dataset()));
        editing = new DatasetEditingViewModel(DirectTasks.DIRECT, new Recovery(dir.resolve("recovery")), Runnable::run,
                Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));
        editing.setEditor(() -> "Europe Desk");
        editing.opened(DatasetFile.open(file), file);
    }

    private SupportAction first() {
        return editing.dataset().actions().get(0);
    }

    @Test
    void anEditSavedToItsFileIsLoggedAndTheEditorIsCleanAgain() {
        assertEquals(List.of(), editing.perform(Edit.remove(editing.dataset(), RecordKind.ACTIONS, first())));
        assertTrue(editing.modifiedProperty().get());
        assertTrue(editing.undoTextProperty().get().startsWith("Undo: delete "));

        editing.save(outcomes::add);

        assertEquals(List.of(DatasetEditingViewModel.Saved.SAVED), outcomes);
        assertFalse(editing.modifiedProperty().get());
        Dataset saved = DatasetFile.open(file).dataset();
        assertEquals("Europe Desk", saved.changes().get(saved.changes().size() - 1).by());
        assertEquals("1 support action removed", saved.changes().get(saved.changes().size() - 1).summary());
        assertTrue(Files.exists(dir.resolve("campaign.json.bak")));
    }

    @Test
    void aFileAColleagueSavedMeanwhileIsNotOverwrittenAndTheDifferencesAreListed() throws IOException {
        SupportAction theirs = first();
        Dataset colleague = RecordKind.ACTIONS.with(editing.dataset(), editing.dataset().actions().subList(1,
                editing.dataset().actions().size()));
        Files.write(file, DatasetWriter.toBytes(colleague));
        byte[] theirBytes = Files.readAllBytes(file);
        SupportAction mine = editing.dataset().actions().get(5);
        assertEquals(List.of(), editing.perform(Edit.remove(editing.dataset(), RecordKind.ACTIONS, mine)));

        editing.save(outcomes::add);

        assertEquals(List.of(DatasetEditingViewModel.Saved.CHANGED_ON_DISK), outcomes);
        assertArrayEquals(theirBytes, Files.readAllBytes(file), "their file is untouched");
        assertTrue(editing.modifiedProperty().get(), "the edits here are kept");
        List<String> differences = editing.differencesFromDisk().stream()
                .map(d -> d.status() + " " + d.id()).toList();
        assertEquals(List.of(DatasetDiff.Status.ADDED + " " + theirs.id(), DatasetDiff.Status.REMOVED + " " + mine.id()),
                differences, "from theirs to mine: I still have the action they deleted, and deleted another");

        editing.saveAs(dir.resolve("mine.json"), outcomes::add);
        assertEquals(DatasetEditingViewModel.Saved.SAVED, outcomes.get(1));
        assertArrayEquals(theirBytes, Files.readAllBytes(file));
    }

    @Test
    void aSignedFileNamesItsSignerAndSavedOverReadsAsAlteredWithItsSignatureKept() throws IOException {
        Path signed = org.attache.core.sign.SigningFixtures.signedDataset(dir, "signed.json",
                org.attache.core.sign.SigningFixtures.HEADQUARTERS);
        Path sig = org.attache.core.sign.SignatureFile.beside(signed);
        byte[] signature = Files.readAllBytes(sig);
        var trusted = org.attache.core.sign.SigningFixtures.trustingHeadquarters(dir.resolve("keys"));
        editing.setTrustedKeys(trusted);
        editing.opened(DatasetFile.open(signed, trusted), signed);
        assertEquals("Ministry of Foreign Affairs, Taipei", editing.signer());

        editing.perform(Edit.remove(editing.dataset(), RecordKind.SOURCES, editing.dataset().sources().get(0)));
        List<DatasetFile> shown = new ArrayList<>();
        editing.setOnSaved((path, saved) -> shown.add(saved));
        editing.save(outcomes::add);

        assertEquals(List.of(DatasetEditingViewModel.Saved.SAVED), outcomes);
        assertEquals(org.attache.core.sign.Verification.Status.ALTERED, shown.get(0).signature().status(),
                "what the app shows after saving is what a mission opening the file sees");
        assertEquals(org.attache.core.sign.Verification.Status.ALTERED,
                DatasetFile.open(signed, trusted).signature().status());
        assertArrayEquals(signature, Files.readAllBytes(sig), "the signer's record is left as it was");
        assertEquals(null, editing.signer(), "no longer a signed file to warn about");
    }

    @Test
    void anUnsignedFileHasNoSigner() {
        assertEquals(null, editing.signer());
    }

    @Test
    void theBundledDatasetAsksForAFileOfItsOwn() {
        editing.opened(DatasetFile.bundled(), null);
        assertEquals(List.of(), editing.perform(Edit.remove(editing.dataset(), RecordKind.ACTIONS, first())));
        editing.save(outcomes::add);
        assertEquals(List.of(DatasetEditingViewModel.Saved.NEEDS_FILE), outcomes);
    }
}
