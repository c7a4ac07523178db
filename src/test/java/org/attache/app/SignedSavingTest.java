package org.attache.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.attache.core.edit.Edit;
import org.attache.core.edit.RecordKind;
import org.attache.core.export.DatasetFile;
import org.attache.core.sign.SignatureFile;
import org.attache.core.sign.SigningFixtures;
import org.attache.core.sign.TrustedKeys;
import org.attache.core.sign.Verification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saving edits over a dataset that a trusted key signed asks first, since missions will then see it as altered: Cancel
 * leaves the file as it was, Save a Copy saves elsewhere, Save Anyway saves and the app then says it is altered.
 */
@ExtendWith(ApplicationExtension.class)
class SignedSavingTest {
    @TempDir
    static Path dir;

    private final List<Path> answers = new ArrayList<>();
    private final AttacheApp app = ScriptedDialogs.sharing(answers).app();
    private Path signed;
    private TrustedKeys trusted;

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    @BeforeEach
    void aSignedDatasetWithAnEdit(FxRobot robot) throws Exception {
        AppStarts.awaitBuilt(app);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.editing().isOpen());
        Path folder = Files.createTempDirectory(dir, "signed");
        signed = SigningFixtures.signedDataset(folder, "campaign.json", SigningFixtures.HEADQUARTERS);
        trusted = SigningFixtures.trustingHeadquarters(folder.resolve("keys"));
        robot.interact(() -> {
            app.editing().setTrustedKeys(trusted);
            app.editing().opened(DatasetFile.open(signed, trusted), signed);
            app.editing().perform(Edit.remove(app.editing().dataset(), RecordKind.TALKING_POINTS,
                    app.editing().dataset().talkingPoints().get(0)));
        });
        assertTrue(app.editing().modifiedProperty().get());
    }

    /** Edits left unsaved would make the next test's start ask about them. */
    @AfterEach
    void leaveNoUnsavedEdits(FxRobot robot) {
        robot.interact(() -> app.editing().discard());
    }

    private DialogPane question(FxRobot robot) throws TimeoutException {
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#saveOverSignature").tryQuery().isPresent());
        return robot.lookup("#saveOverSignature").queryAs(DialogPane.class);
    }

    @Test
    void cancelLeavesTheSignedFileAsItWas(FxRobot robot) throws Exception {
        byte[] before = Files.readAllBytes(signed);
        DialogPane pane = question(robot);
        assertEquals("This dataset is signed by Ministry of Foreign Affairs, Taipei", pane.getHeaderText());
        assertTrue(pane.getContentText().contains("Saving your changes over campaign.json will make its signature no "
                + "longer match"), pane.getContentText());
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(before, Files.readAllBytes(signed));
        assertTrue(app.editing().modifiedProperty().get(), "the edit is still there, unsaved");
    }

    @Test
    void saveACopyLeavesTheSignedFileAndSavesElsewhere(FxRobot robot) throws Exception {
        byte[] before = Files.readAllBytes(signed);
        Path copy = signed.resolveSibling("campaign-edited.json");
        answers.add(copy);
        question(robot);
        robot.clickOn("Save a Copy\u2026");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(copy) && !app.editing().modifiedProperty().get());
        assertArrayEquals(before, Files.readAllBytes(signed));
        assertFalse(Files.exists(SignatureFile.beside(copy)), "a copy carries no signature of its own");
    }

    @Test
    void saveAnywaySavesAndTheSignatureThenReadsAsAltered(FxRobot robot) throws Exception {
        byte[] signature = Files.readAllBytes(SignatureFile.beside(signed));
        question(robot);
        robot.clickOn("Save Anyway");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.editing().modifiedProperty().get());
        assertEquals(Verification.Status.ALTERED, DatasetFile.open(signed, trusted).signature().status());
        assertArrayEquals(signature, Files.readAllBytes(SignatureFile.beside(signed)), "the signer's record is kept");
        assertEquals(null, app.editing().signer());
    }
}
