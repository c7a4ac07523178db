package org.attache.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.attache.core.sign.PublicKeyFile;
import org.attache.core.sign.SigningFixtures;
import org.attache.core.sign.TrustedKeys;
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
 * File > Trusted Signing Keys: a key added from its .pub file makes a dataset it signed show its signer when opened;
 * removed, the same dataset shows an unknown key again.
 */
@ExtendWith(ApplicationExtension.class)
class TrustingKeysTest {
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

    @AfterEach
    void trustNoFixtureKeyAndLeaveNoWindowOpen(FxRobot robot) throws Exception {
        TrustedKeys.standard().remove(SigningFixtures.HEADQUARTERS.keyId());
        // a window left open would lie over the next tests' windows
        robot.interact(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Trusted signing keys".equals(s.getTitle())).toList()
                .forEach(javafx.stage.Window::hide));
    }

    private static String signatureLine(FxRobot robot) {
        return robot.lookup("#homeSignature").queryAs(Label.class).getText();
    }

    @Test
    void aKeyAddedInTheAppVouchesForTheDatasetsItSigned(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.editing().isOpen());
        Path folder = Files.createTempDirectory(dir, "hq");
        Path signed = SigningFixtures.signedDataset(folder, "campaign.json", SigningFixtures.HEADQUARTERS);
        Path pub = folder.resolve("headquarters.pub");
        PublicKeyFile.write(pub, SigningFixtures.HEADQUARTERS.publicPart());
        robot.interact(() -> app.summary().open(signed));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> signatureLine(robot).contains("a key this app does not trust"));

        robot.clickOn("File").clickOn("Trusted Signing Keys\u2026");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#trustedKeys").tryQuery().isPresent());
        ListView<?> keys = robot.lookup("#trustedKeys").queryAs(ListView.class);
        assertTrue(keys.getItems().get(0).toString().endsWith("bundled with Attach\u00e9"), keys.getItems().toString());
        answers.add(pub);
        robot.clickOn("#trustAdd");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> keys.getItems().size() == 2);
        assertEquals("Now trusted: Ministry of Foreign Affairs, Taipei (key " + SigningFixtures.HEADQUARTERS.keyId() + ").",
                robot.lookup("#trustMessage").queryAs(Label.class).getText());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> signatureLine(robot).startsWith("Signed by Ministry of Foreign Affairs, Taipei on "));

        robot.interact(() -> keys.getSelectionModel().select(1));
        robot.clickOn("#trustRemove");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> keys.getItems().size() == 1);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> signatureLine(robot).contains("a key this app does not trust"));
        robot.clickOn("Close");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#trustedKeys").tryQuery().isEmpty());
    }
}
