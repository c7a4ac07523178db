package org.attache.app.pack;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.attache.app.common.TaskRunner;
import org.attache.core.export.DatasetFile;
import org.attache.core.model.Country;
import org.attache.core.pack.DatasetRef;
import org.attache.core.pack.Pack;
import org.attache.core.pack.PackFile;
import org.attache.core.pack.SectionKind;
import org.attache.core.pack.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder's state and commands, without a window: work runs when the test says so. */
class PackBuilderViewModelTest {
    private static final DatasetFile DATASET = DatasetFile.bundled();

    @TempDir
    Path dir;

    /** Runs work at once, on the calling thread. */
    static final TaskRunner DIRECT = org.attache.app.common.DirectTasks.DIRECT;

    /** Keeps work until the test runs it. */
    static final class Queued implements TaskRunner {
        final Deque<Runnable> jobs = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            jobs.add(() -> DIRECT.run(work, onSuccess, onFailure));
        }

        void runAll() {
            while (!jobs.isEmpty()) jobs.poll().run();
        }
    }

    private final Queued previews = new Queued();
    private final PackBuilderViewModel model = new PackBuilderViewModel(DIRECT, previews);

    private Country country(String code) {
        return DATASET.dataset().country(code).orElseThrow();
    }

    @Test
    void choosingACountryStartsAPackAndRendersItsPreview() {
        model.setDataset(DATASET);
        assertNull(model.pack());
        assertEquals("Afghanistan", model.countries().get(0).name(), "countries by name");

        model.chooseCountry(country("LV"));
        assertEquals("LV", model.pack().country());
        assertEquals(Template.MINISTERIAL, model.pack().template());
        assertFalse(model.dirtyProperty().get(), "a pack nobody has written in holds nothing to lose");
        assertTrue(model.renderingProperty().get());
        model.chooseTemplate(Template.POLICE);
        assertTrue(model.dirtyProperty().get(), "the first edit makes it unsaved");

        previews.runAll();
        assertFalse(model.renderingProperty().get());
        Preview preview = model.previewProperty().get();
        assertNotNull(preview);
        assertTrue(preview.pages().size() >= 5, "pages: " + preview.pages().size());
        assertEquals(Math.round(595.2756 * PackBuilderViewModel.PREVIEW_SCALE), preview.pages().get(0).getWidth(), 1);
        assertTrue(new String(preview.pdf(), 0, 5).startsWith("%PDF-"));
    }

    @Test
    void flaggingStaleFactsIsOffForANewPackAndAnEditWhenTicked() {
        model.setDataset(DATASET);
        model.chooseCountry(country("FR"));
        assertFalse(model.pack().flagStale());
        model.setFlagStale(true);
        assertTrue(model.pack().flagStale());
        assertTrue(model.dirtyProperty().get(), "ticking it is an edit to save");
        model.setFlagStale(false);
        assertFalse(model.pack().flagStale());
    }

    @Test
    void theAgeOfOldSourcesIsFiveForANewPackAndAnEditWhenChosen() {
        model.setDataset(DATASET);
        model.chooseCountry(country("FR"));
        assertEquals(5, model.pack().staleSourceAge());
        assertFalse(model.dirtyProperty().get());
        model.setStaleSourceAge(8);
        assertEquals(8, model.pack().staleSourceAge());
        assertTrue(model.dirtyProperty().get(), "choosing it is an edit to save");
    }

    /** A character no font can print in the pack's own texts is named before export, and the notice goes once fixed. */
    @Test
    void aPurposeWithACharacterNoFontHasIsNamedAsItIsTyped() {
        model.setDataset(DATASET);
        model.chooseCountry(country("LV"));
        model.editMeeting(m -> m.withPurpose("Meet the \u0928\u092e minister; \u652f\u6301\u81fa\u7063"));
        assertEquals(1, model.notices().size(), model.notices().toString());
        assertTrue(model.notices().get(0).startsWith("\"meeting.purpose\" has 2 characters no bundled font can print "
                + "(U+0928, U+092E)"), model.notices().get(0));
        model.editMeeting(m -> m.withPurpose("Meet the minister; \u652f\u6301\u81fa\u7063"));
        assertEquals(java.util.List.of(), model.notices(), "Chinese prints: nothing to say");
    }

    @Test
    void theDeskThatPreparesPacksIsRememberedForTheNextNewPack() {
        org.attache.app.common.Settings settings = org.attache.app.common.Settings.inMemory();
        PackBuilderViewModel first = new PackBuilderViewModel(DIRECT, DIRECT, settings);
        first.setDataset(DATASET);
        first.chooseCountry(country("LV"));
        assertEquals("", first.pack().control().preparedBy());
        first.editControl(c -> c.withPreparedBy("Europe Desk").withVersion(2));
        assertEquals(2, first.pack().control().version());
        assertTrue(first.dirtyProperty().get());

        PackBuilderViewModel next = new PackBuilderViewModel(DIRECT, DIRECT, settings);
        next.setDataset(DATASET);
        next.chooseCountry(country("NL"));
        assertEquals("Europe Desk", next.pack().control().preparedBy());
        assertEquals(1, next.pack().control().version(), "only the desk carries over, not the version");
    }

    @Test
    void onlyTheNewestChangeIsRendered() {
        model.setDataset(DATASET);
        model.chooseCountry(country("LV"));
        model.editMeeting(m -> m.withPlace("Rīga"));
        model.setPaper(org.attache.core.pack.PaperSize.LETTER);
        assertEquals(3, previews.jobs.size());

        previews.runAll();
        Preview preview = model.previewProperty().get();
        assertEquals(Math.round(612 * PackBuilderViewModel.PREVIEW_SCALE), preview.pages().get(0).getWidth(), 1,
                "the last state (letter paper) is shown");
    }

    @Test
    void movingTogglingAndEditingSectionsChangesThePack() {
        model.setDataset(DATASET);
        model.chooseCountry(country("NL"));
        assertEquals(SectionKind.ASK, model.section(3).kind(), "after the summary and the unticked \"New since\"");
        assertEquals(4, model.moveSection(3, 1));
        assertEquals(SectionKind.ASK, model.section(4).kind());
        assertEquals(0, model.moveSection(1, -5), "a move stops at the top");
        model.setSectionIncluded(4, false);
        assertFalse(model.section(4).included());
        model.setSectionNotes(4, "Lead with observer status.");
        assertEquals("Lead with observer status.", model.section(4).notes());
        int sources = model.pack().sections().indexOf(model.pack().section(SectionKind.SOURCES));
        model.setSectionIncluded(sources, false);
        assertTrue(model.section(sources).included(), "the sources list is always printed");
        int cases = model.pack().sections().indexOf(model.pack().section(SectionKind.CASES));
        model.setSectionOption(cases, SectionKind.CASES_SCOPE, "all");
        assertEquals("all", model.section(cases).option(SectionKind.CASES_SCOPE));
    }

    @Test
    void savingClearsTheChangeMarkAndAFailedSaveKeepsIt() throws Exception {
        model.setDataset(DATASET);
        model.chooseCountry(country("LV"));
        model.editMeeting(m -> m.withDate(LocalDate.of(2026, 11, 24)));
        assertEquals("LV-Latvia-ministerial-2026-11-24", model.suggestedName());

        Path folder = dir.resolve("a-folder.attache.json");
        Files.createDirectory(folder);
        model.savePack(folder, () -> fail("not saved"));
        assertTrue(model.dirtyProperty().get());
        assertTrue(model.messageProperty().get().contains("nothing was lost"), model.messageProperty().get());

        Path file = dir.resolve("lv.attache.json");
        model.savePack(file, () -> { });
        assertFalse(model.dirtyProperty().get());
        assertEquals(file, model.packFileProperty().get());
        Pack saved = PackFile.read(file).pack();
        assertEquals(model.pack().sections(), saved.sections());
        assertEquals(DATASET.sha256(), saved.dataset().sha256());
    }

    @Test
    void newSinceCountsFromAnEarlierDatasetChosenInAFileDialogAndTheSavedPackKeepsItAndTheDatasetsFingerprint()
            throws Exception {
        model.setDataset(DATASET);
        model.chooseCountry(country("LV"));
        int index = model.pack().sections().indexOf(model.pack().section(SectionKind.NEW_SINCE));
        assertFalse(model.section(index).included(), "off by default");
        Path earlier = dir.resolve("old.json");
        Files.writeString(earlier, "{}");
        java.util.List<Path> answers = new java.util.ArrayList<>(java.util.List.of(earlier));
        org.attache.app.common.FileDialogs dialogs = new org.attache.app.common.FileDialogs() {
            public java.util.Optional<Path> open(String title, String description, String pattern) {
                return answers.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(answers.remove(0));
            }
            public java.util.Optional<Path> save(String title, String name, String description, String pattern) {
                return java.util.Optional.empty();
            }
            public java.util.Optional<Path> folder(String title) {
                return java.util.Optional.empty();
            }
        };
        model.setSectionIncluded(index, true);
        model.chooseEarlierDataset(index, dialogs);
        assertEquals(SectionKind.EARLIER_DATASET, model.section(index).option(SectionKind.BASELINE));
        assertEquals(earlier.toAbsolutePath().toString(), model.section(index).option(SectionKind.EARLIER_FILE));
        model.chooseEarlierDataset(index, dialogs); // cancelled: nothing changes
        assertEquals(earlier.toAbsolutePath().toString(), model.section(index).option(SectionKind.EARLIER_FILE));

        Path file = dir.resolve("lv.attache.json");
        model.savePack(file, () -> { });
        Pack saved = PackFile.read(file).pack();
        assertEquals(earlier.toAbsolutePath().toString(), saved.section(SectionKind.NEW_SINCE).option(SectionKind.EARLIER_FILE));
        assertEquals(DATASET.sha256(), saved.dataset().sha256());
        assertEquals(DATASET.dataset().title(), saved.dataset().title());
        assertEquals(DATASET.dataset().updated().toString(), saved.dataset().updated());
    }

    @Test
    void aPackSavedWithAnotherDatasetOpensWithANoticeOfWhatChanged() throws Exception {
        model.setDataset(DATASET);
        Pack old = Pack.of("US", Template.POLICE).withDataset(new DatasetRef("campaign.json (bundled)", "0".repeat(64),
                java.util.Map.of("actions", 100), 20));
        Path file = dir.resolve("us.attache.json");
        PackFile.save(old, file);

        model.openPack(file);
        assertEquals("US", model.pack().country());
        assertFalse(model.dirtyProperty().get());
        assertFalse(model.notices().isEmpty());
        assertTrue(String.join("\n", model.notices()).contains("actions: 100 \u2192 " + DATASET.dataset().actions().size()),
                String.join("\n", model.notices()));
    }

    @Test
    void aBrokenPackFileLeavesTheOpenPackAsItWas() throws Exception {
        model.setDataset(DATASET);
        model.chooseCountry(country("LV"));
        Pack before = model.pack();
        Path file = dir.resolve("broken.attache.json");
        Files.writeString(file, "{\"format\": \"attache-pack\", \"formatVersion\": 1, \"country\": \"LV\", \"template\": \"picnic\"}");

        model.openPack(file);
        assertSame(before, model.pack());
        assertFalse(model.dirtyProperty().get(), "as it was: new and untouched");
        assertFalse(model.problems().isEmpty());
        assertTrue(model.messageProperty().get().contains("picnic"), model.messageProperty().get());
    }

    @Test
    void theSamePackExportsAsALeaveBehindForTheCounterpart() throws Exception {
        model.setDataset(DATASET);
        model.chooseCountry(country("NL"));
        Path file = dir.resolve("NL-leave-behind.pdf");
        java.util.List<Path> exported = new java.util.ArrayList<>();
        model.exportPdf(file, org.attache.core.pack.Output.LEAVE_BEHIND, exported::add);
        assertEquals(java.util.List.of(file), exported);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("PUBLIC"));
            assertFalse(text.contains("Talking points"));
            assertFalse(text.contains("If they say"));
        }
        assertEquals(Template.MINISTERIAL, model.pack().template(), "the pack itself is unchanged");
        assertTrue(model.pack().section(org.attache.core.pack.SectionKind.TALKING_POINTS).included());
    }
}
