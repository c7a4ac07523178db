package org.attache.app;

import org.junit.jupiter.api.BeforeEach;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.attache.core.pack.PackFile;
import org.attache.core.pack.PackLoad;
import org.attache.core.pack.PackSection;
import org.attache.core.pack.SectionKind;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the pack builder headless: a pack is built, a section moved, and the exported PDF follows the order. */
@ExtendWith(ApplicationExtension.class)
class PackBuilderTest {
    @TempDir
    static Path dir;

    private final List<Path> answers = new ArrayList<>();
    private final AttacheApp app = ScriptedDialogs.sharing(answers).app();

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    @BeforeEach
    void built() throws TimeoutException {
        AppStarts.awaitBuilt(app);
    }

    @Test
    void aPackBuiltInTheBuilderExportsWithTheSectionsInTheChosenOrder(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.builder().countries().isEmpty());
        chooseCountry(robot, "Netherlands");
        javafx.scene.control.ComboBox<?> marking = robot.lookup("#classification").query();
        assertEquals("UNCLASSIFIED", marking.getEditor().getText(), "the box shows the marking that will print");
        assertTrue(app.builder().messageProperty().get().startsWith("A new pack for Netherlands"),
                app.builder().messageProperty().get());
        robot.clickOn("#counterpartName").write("Ada de Vries");
        robot.clickOn("#meetingPlace").write("Den Haag");
        javafx.scene.control.TextField preparedBy = robot.lookup("#preparedBy").query();
        robot.interact(() -> preparedBy.setText("Europe Desk"));
        assertEquals("Europe Desk", app.builder().pack().control().preparedBy());
        javafx.scene.control.Spinner<?> version = robot.lookup("#version").query();
        robot.interact(() -> version.getEditor().setText("v2!"));
        assertEquals("1", version.getEditor().getText(), "letters are refused in the version");
        robot.interact(() -> {
            version.getEditor().setText("3");
            version.commitValue();
        });
        assertEquals(3, app.builder().pack().control().version());
        javafx.scene.control.CheckBox numbered = robot.lookup("#numbered").query();
        robot.interact(numbered::fire);
        assertTrue(app.builder().pack().numbered(), "the box numbers the pack's paragraphs");

        ListView<PackSection> sections = robot.lookup("#sectionList").queryListView();
        assertEquals(SectionKind.ASK, sections.getItems().get(3).kind());
        robot.clickOn("The ask");
        robot.clickOn("#moveDown");
        robot.clickOn("#moveDown");
        assertEquals(SectionKind.ASK, sections.getItems().get(5).kind(), "moved two places down");
        assertEquals(SectionKind.ASK, app.builder().pack().sections().get(5).kind());
        robot.clickOn(robot.from(robot.lookup("#sectionList").queryAll()).lookup("Country chart").queryLabeled());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(app.builder().pack().section(SectionKind.COUNTRY_CHART).included(), "Space leaves it out");

        waitForPreview(robot);
        Path pdf = dir.resolve("nl.pdf");
        answers.add(pdf);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(pdf));

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) outline.add(item.getTitle());
            assertEquals(List.of("Contents", "Summary", "Record of the Netherlands by assembly",
                    "Worldwide support, assembly by assembly", "The ask"), outline.subList(0, 5));
            assertFalse(outline.contains("Acts of support by the Netherlands, by assembly"), outline.toString());
            String cover = new PDFTextStripper().getText(doc).split("Page 1 of")[0];
            assertTrue(cover.contains("Ada de Vries"), cover);
            assertTrue(cover.contains("Den Haag"));
            assertTrue(cover.contains("Prepared by Europe Desk"), cover);
        }
    }

    @Test
    void aSavedPackReopensWithItsOrderAndABrokenOneKeepsThePackOpen(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.builder().countries().isEmpty());
        chooseCountry(robot, "Latvia");
        robot.clickOn("Talking points");
        robot.clickOn("#moveUp");
        Path file = dir.resolve("lv.attache.json");
        answers.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && !app.builder().dirtyProperty().get()
                && !app.builder().busyProperty().get());
        PackLoad saved = PackFile.read(file);
        assertTrue(saved.isUsable(), saved.problems().toString());
        assertEquals(app.builder().pack().sections(), saved.pack().sections());
        assertEquals("LV", saved.pack().country());
        assertNotNull(saved.pack().dataset(), "the pack names its dataset");

        Path broken = dir.resolve("broken.attache.json");
        Files.writeString(broken, "{\"format\": \"attache-pack\", \"formatVersion\": 1, \"country\": \"LV\", \"paper\": \"a3\"}");
        answers.add(broken);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.builder().problems().isEmpty());
        assertEquals(saved.pack().sections(), app.builder().pack().sections(), "the open pack is kept");
        String status = robot.lookup("#statusBar .label").queryAs(Label.class).getText();
        assertTrue(status.contains("broken.attache.json") && status.contains("a3"), status);
    }

    /** Issue: typing into a section's notes kept only the first letter; the box was rebuilt after every edit. */
    @Test
    void aSectionsNotesKeepEveryLetterTyped(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.builder().countries().isEmpty());
        chooseCountry(robot, "Latvia");
        ListView<PackSection> list = robot.lookup("#sectionList").queryListView();
        robot.interact(() -> list.getSelectionModel().select(app.builder().pack().sections().stream()
                .map(PackSection::kind).toList().indexOf(SectionKind.CASES)));
        javafx.scene.control.TextArea notes = robot.lookup("#sectionNotes").queryAs(javafx.scene.control.TextArea.class);
        robot.interact(notes::requestFocus);
        robot.write("Main points");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Main points", app.builder().pack().section(SectionKind.CASES).notes());
        javafx.scene.control.TextArea shown = robot.lookup("#sectionNotes").queryAs(javafx.scene.control.TextArea.class);
        assertSame(notes, shown, "the box being typed into stays in place");
        assertTrue(shown.isFocused(), "and keeps the keyboard");
        ListView<PackSection> sections = robot.lookup("#sectionList").queryListView();
        assertEquals(SectionKind.CASES, sections.getSelectionModel().getSelectedItem().kind(), "Cases stays selected");
    }

    /** Issue: a typed date was dropped (ISO) or emptied the field (24/11/2026), with a stack trace on stderr. */
    @Test
    void aTypedMeetingDateIsTakenInEitherFormAndAWrongOneIsKeptAndExplained(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.builder().countries().isEmpty());
        chooseCountry(robot, "Latvia");
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(stderr, true));
        try {
            javafx.scene.control.DatePicker date = robot.lookup("#meetingDate").queryAs(javafx.scene.control.DatePicker.class);
            robot.clickOn(date.getEditor()).write("2026-11-24").type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(java.time.LocalDate.of(2026, 11, 24), app.builder().pack().meeting().date(), "ISO, committed by Tab");

            robot.interact(() -> date.getEditor().clear());
            robot.clickOn(date.getEditor()).write("25/11/2026").type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(java.time.LocalDate.of(2026, 11, 25), app.builder().pack().meeting().date(), "day first, by Enter");
            assertEquals("2026-11-25", date.getEditor().getText(), "shown as the app shows dates");

            robot.interact(() -> date.getEditor().clear());
            robot.clickOn(date.getEditor()).write("31/02/2026").type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(java.time.LocalDate.of(2026, 11, 25), app.builder().pack().meeting().date(), "the pack keeps its date");
            assertEquals("31/02/2026", date.getEditor().getText(), "what was typed stays, to be put right");
            assertTrue(date.getStyleClass().contains("invalid"));
            String status = app.builder().messageProperty().get();
            assertTrue(status.contains("\u201c31/02/2026\u201d is not a date") && status.contains("2026-11-24"), status);

            robot.interact(() -> date.getEditor().clear());
            robot.clickOn(date.getEditor()).write("2026-12-01").type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(java.time.LocalDate.of(2026, 12, 1), app.builder().pack().meeting().date());
            assertFalse(date.getStyleClass().contains("invalid"), "put right, the mark goes");
        } finally {
            System.setErr(err);
        }
        assertFalse(stderr.toString().contains("Exception"), stderr.toString());
    }

    /** Issue: changing the pack's country kept the previous meeting's counterpart and place. */
    @Test
    void anotherCountryIsAnotherMeetingAndTheFirstComesBackWithItsCountry(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.builder().countries().isEmpty());
        chooseCountry(robot, "Latvia");
        robot.clickOn("#counterpartName").write("Janis Berzins");
        robot.clickOn("#meetingPlace").write("Riga");
        javafx.scene.control.DatePicker date = robot.lookup("#meetingDate").queryAs(javafx.scene.control.DatePicker.class);
        robot.clickOn(date.getEditor()).write("2026-11-24").type(KeyCode.TAB);

        chooseCountry(robot, "Estonia");
        org.attache.core.pack.Meeting estonia = app.builder().pack().meeting();
        assertEquals("", estonia.counterpartName() == null ? "" : estonia.counterpartName(), "no counterpart from Latvia");
        assertEquals("", estonia.place() == null ? "" : estonia.place());
        assertEquals(java.time.LocalDate.of(2026, 11, 24), estonia.date(), "the date stays");
        assertEquals("", robot.lookup("#counterpartName").queryTextInputControl().getText());
        assertTrue(app.builder().messageProperty().get().contains("set aside"), app.builder().messageProperty().get());

        chooseCountry(robot, "Latvia");
        assertEquals("Janis Berzins", app.builder().pack().meeting().counterpartName(), "Latvia's meeting comes back");
        assertEquals("Riga", robot.lookup("#meetingPlace").queryTextInputControl().getText());
    }

    /** Issue: a failed export showed a temporary file's name in the status bar; it now says what and why, in a dialog. */
    @Test
    void aFailedExportSaysWhatFailedAndWhyInADialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.builder().countries().isEmpty());
        chooseCountry(robot, "Latvia");
        waitForPreview(robot);
        Path notAFolder = dir.resolve("notes.txt");
        Files.writeString(notAFolder, "a file where a folder should be");
        answers.add(notAFolder.resolve("LV-export.pdf"));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#failureDialog").tryQuery().isPresent());

        javafx.scene.control.DialogPane dialog = robot.lookup("#failureDialog").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(dialog.getContentText().contains(notAFolder.resolve("LV-export.pdf").toAbsolutePath().toString()),
                dialog.getContentText());
        assertTrue(dialog.getContentText().contains("is a file, not a folder"), dialog.getContentText());
        assertFalse(dialog.getContentText().contains(".part"), dialog.getContentText());
        String status = app.builder().messageProperty().get();
        assertTrue(status.startsWith("Could not export LV-export.pdf: ") && !status.contains(".part"), status);
        robot.interact(() -> ((javafx.stage.Stage) dialog.getScene().getWindow()).close());
    }

    /** A copy handed out from the builder: a custom marking kept for next time, a draft, a recipient, a password. */
    @Test
    void aCopyIsHandedOutStampedAndLockedAndItsMarkingIsOfferedAgain(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.builder().countries().isEmpty());
        chooseCountry(robot, "Latvia");
        robot.clickOn("#counterpartName").write("Jan Novak");
        javafx.scene.control.ComboBox<String> marking = robot.lookup("#classification").query();
        assertTrue(marking.getItems().contains("SECRET"), marking.getItems().toString());
        robot.interact(() -> marking.getEditor().setText("Eyes of the minister"));
        robot.interact(() -> robot.lookup("#caveat").queryTextInputControl().setText("delegation only"));
        javafx.scene.control.CheckBox draft = robot.lookup("#draft").query();
        robot.interact(draft::fire);
        assertTrue(app.builder().pack().control().draft());
        assertEquals("DELEGATION ONLY", app.builder().pack().control().caveat());
        robot.interact(() -> {
            robot.lookup("#recipient").queryTextInputControl().setText("Lina Chen");
            robot.lookup("#password").queryTextInputControl().setText("tea-in-taipei");
        });
        javafx.scene.control.CheckBox archival = robot.lookup("#archival").query();
        assertTrue(archival.isDisabled(), "a locked copy cannot be PDF/A");
        javafx.scene.control.CheckBox printing = robot.lookup("#allowPrinting").query();
        robot.interact(printing::fire);

        waitForPreview(robot);
        Path pdf = dir.resolve("lv-handed-out.pdf");
        answers.add(pdf);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(pdf));
        assertThrows(org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException.class,
                () -> Loader.loadPDF(pdf.toFile()).close());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile(), "tea-in-taipei")) {
            assertFalse(doc.getCurrentAccessPermission().canPrint(), "printing was not allowed");
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("EYES OF THE MINISTER · DELEGATION ONLY"), "the marking and caveat print");
            assertTrue(text.contains("Copy 1, issued to Lina Chen"), "the recipient's line prints");
        }
        assertTrue(marking.getItems().contains("EYES OF THE MINISTER"), "a marking written once is offered again");
        // saved, so that no unsaved pack is left for the next test's window to offer back
        Path packFile = dir.resolve("lv-handed-out.attache.json");
        robot.interact(() -> app.builder().savePack(packFile, () -> { }));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(packFile) && !app.builder().dirtyProperty().get()
                && !app.builder().busyProperty().get());
        assertFalse(Files.readString(packFile).contains("tea-in-taipei"), "the password is never in the pack file");

        // several names, a line each: a folder of copies, each stamped with its reader's name and number
        robot.interact(() -> {
            robot.lookup("#recipient").queryTextInputControl().setText("Lina Chen\nJan Novak");
            robot.lookup("#password").queryTextInputControl().setText("");
        });
        Path copies = dir.resolve("copies");
        answers.add(copies);
        // pressed while the first export's notice ("Open folder") still shows
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.isDirectory(copies) && !app.builder().busyProperty().get()
                && app.builder().messageProperty().get().startsWith("Exported 2 copies"));
        try (var files = Files.list(copies)) {
            List<Path> written = files.sorted().toList();
            assertEquals(2, written.size(), written.toString());
            String[] who = {"Copy 1, issued to Lina Chen", "Copy 2, issued to Jan Novak"};
            for (int i = 0; i < 2; i++) {
                assertTrue(written.get(i).getFileName().toString().endsWith("-copy-0" + (i + 1) + ".pdf"), written.get(i).toString());
                try (PDDocument doc = Loader.loadPDF(written.get(i).toFile())) {
                    assertTrue(new PDFTextStripper().getText(doc).contains(who[i]), written.get(i).toString());
                }
            }
        }
    }

    private static void chooseCountry(FxRobot robot, String name) {
        robot.clickOn("Pack builder");
        SearchableComboBox<?> chooser = robot.lookup("#countryChooser").queryAs(SearchableComboBox.class);
        robot.clickOn(chooser).write(name).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(String.valueOf(chooser.getValue()).contains(name), String.valueOf(chooser.getValue()));
    }

    private static void waitForPreview(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#pageLabel").queryAs(Label.class).getText().startsWith("Page 1 of"));
    }
}
