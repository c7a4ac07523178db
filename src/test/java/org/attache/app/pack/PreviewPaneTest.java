package org.attache.app.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.attache.core.export.DatasetFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A pack opened before the preview is first shown (as when the app starts with a pack) shows its pages at once. */
@ExtendWith(ApplicationExtension.class)
class PreviewPaneTest {
    private PackBuilderViewModel model;

    @Start
    void start(Stage stage) {
        model = new PackBuilderViewModel(PackBuilderViewModelTest.DIRECT, PackBuilderViewModelTest.DIRECT);
        DatasetFile data = DatasetFile.bundled();
        model.setDataset(data);
        model.chooseCountry(data.dataset().country("LV").orElseThrow());
        stage.setScene(new Scene((javafx.scene.Parent) new PreviewPane(model).build(), 900, 700));
        stage.show();
    }

    @Test
    void theFirstPageIsShownAndNamedWhenThePreviewWasReadyBeforeThePane(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        int pages = model.previewProperty().get().pages().size();
        Label label = robot.lookup("#pageLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> label.getText().equals("Page 1 of " + pages));
        assertEquals("Page 1 of " + pages, label.getText());
    }
}
