package org.attache.app;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Runs batches from the Batch Export window: a small one to the end, and a large one cancelled mid-way. */
@ExtendWith(ApplicationExtension.class)
class BatchExportTest {
    @TempDir
    static Path dir;

    private final List<Path> folders = new ArrayList<>();
    private final AttacheApp app = new ScriptedDialogs(new ArrayList<>(), new ArrayList<>(), folders).app();

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    @BeforeEach
    void built() throws TimeoutException {
        AppStarts.awaitBuilt(app);
    }

    private void openBatchWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.builder().datasetProperty().get() != null);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#batchStart").tryQuery().isPresent());
    }

    private static List<Path> pdfs(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
    }

    private static void assertAllOpen(List<Path> files) throws IOException {
        for (Path file : files) {
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                assertTrue(doc.getNumberOfPages() >= 4, file.toString());
            }
        }
    }

    @Test
    void aSmallBatchRunsToTheEnd(FxRobot robot) throws Exception {
        openBatchWindow(robot);
        Path folder = dir.resolve("baltic");
        folders.add(folder);
        robot.clickOn("#scope-list");
        robot.clickOn("#batchCodes").write("LV, LT, EE");
        assertEquals("3 countries", robot.lookup("#batchCount").queryAs(Label.class).getText());
        robot.clickOn("#batchChooseFolder");
        robot.clickOn("#batchStart");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#batchMessage").queryAs(Label.class).getText().startsWith("3 written"));

        assertEquals(List.of("EE-Estonia", "LT-Lithuania", "LV-Latvia"),
                pdfs(folder).stream().map(p -> p.getFileName().toString().replaceAll("-ministerial-.*", "")).toList());
        assertAllOpen(pdfs(folder));
        assertEquals(1.0, robot.lookup("#batchProgress").queryAs(ProgressBar.class).getProgress(), 1e-9);
        assertTrue(robot.lookup("#batchTiming").queryAs(Label.class).getText().startsWith("3 of 3"));
    }

    @Test
    void aLargeBatchCancelledMidwayLeavesOnlyCompletePdfs(FxRobot robot) throws Exception {
        openBatchWindow(robot);
        Path folder = dir.resolve("all");
        folders.add(folder);
        robot.clickOn("#scope-all");
        robot.clickOn("#batchChooseFolder");
        robot.clickOn("#batchStart");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#batchProgress").queryAs(ProgressBar.class).getProgress() > 0.01);
        robot.clickOn("#batchCancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#batchCancel").queryAs(Button.class).isDisabled()
                        && robot.lookup("#batchMessage").queryAs(Label.class).getText().contains("cancelled"));

        String message = robot.lookup("#batchMessage").queryAs(Label.class).getText();
        List<Path> made = pdfs(folder);
        assertTrue(made.size() >= 3 && made.size() < 249, made.size() + " files; " + message);
        assertTrue(message.startsWith(made.size() + " written"), message);
        assertAllOpen(made);
        try (Stream<Path> s = Files.list(folder)) {
            assertEquals(made.size(), s.count(), "nothing but complete PDFs in the folder");
        }
    }

    /** Issue: a country whose file could not be written was reported in a passing toast, by a temporary file's name. */
    @Test
    void aPackThatCannotBeWrittenIsNamedWithItsReasonInADialog(FxRobot robot) throws Exception {
        openBatchWindow(robot);
        Path folder = dir.resolve("blocked");
        folders.add(folder);
        String latvia = "LV-Latvia-ministerial-" + java.time.LocalDate.now() + ".pdf";
        Files.createDirectories(folder.resolve(latvia).resolve("in-the-way"));
        robot.clickOn("#scope-list");
        robot.clickOn("#batchCodes").write("LV, EE");
        robot.clickOn("#batchChooseFolder");
        robot.clickOn("#batchStart");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#batchFailures").tryQuery().isPresent());

        javafx.scene.control.DialogPane dialog = robot.lookup("#batchFailures").queryAs(javafx.scene.control.DialogPane.class);
        assertEquals("One pack could not be written", dialog.getHeaderText());
        assertTrue(dialog.getContentText().contains("Latvia (" + latvia + "): a folder called " + latvia + " is already there"),
                dialog.getContentText());
        assertFalse(dialog.getContentText().contains(".part"), dialog.getContentText());
        assertEquals(1, pdfs(folder).stream().filter(Files::isRegularFile).count(), "Estonia's pack is made all the same");
        robot.interact(() -> ((javafx.stage.Stage) dialog.getScene().getWindow()).close());
    }

    /** Issue: "LV, XX, Lithuania" became "1 countries", dropping a name and an unknown code without a word. */
    @Test
    void namesAreTakenAndWhatIsNotACountryIsSaid(FxRobot robot) throws Exception {
        openBatchWindow(robot);
        robot.clickOn("#scope-list");
        robot.clickOn("#batchCodes").write("LV, XX, Lithuania");
        assertEquals("2 countries; not known: XX", robot.lookup("#batchCount").queryAs(Label.class).getText());
        folders.add(dir.resolve("named"));
        robot.clickOn("#batchChooseFolder");
        robot.clickOn("#batchStart");
        assertEquals("The dataset has no country XX.", robot.lookup("#batchMessage").queryAs(Label.class).getText());
        javafx.scene.control.TextInputControl codes = robot.lookup("#batchCodes").queryTextInputControl();
        robot.interact(() -> codes.setText("LV, Lithuania; United States"));
        assertEquals("3 countries", robot.lookup("#batchCount").queryAs(Label.class).getText());
    }

    /** The folder can be typed as well as chosen. */
    @Test
    void aTypedFolderIsWhereTheBatchGoes(FxRobot robot) throws Exception {
        openBatchWindow(robot);
        Path folder = dir.resolve("typed");
        robot.clickOn("#scope-list");
        robot.clickOn("#batchCodes").write("EE");
        javafx.scene.control.TextInputControl field = robot.lookup("#batchFolder").queryTextInputControl();
        robot.interact(() -> field.setText(""));
        robot.clickOn(field).write(folder.toString());
        robot.clickOn("#batchStart");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#batchMessage").queryAs(Label.class).getText().startsWith("1 written"));
        assertEquals(1, pdfs(folder).size());
    }
}
