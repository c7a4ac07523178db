package org.attache.app;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.attache.core.export.DatasetFile;
import org.attache.core.model.Country;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue: after a reload the records' assembly filter jumped to one assembly ("Nothing matches"), the builder's
 * country box went blank and the search results popped up again. A reload changes the data, not what the user chose.
 */
@ExtendWith(ApplicationExtension.class)
class ReloadingTest {
    private final AttacheApp app = new AttacheApp();

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    @BeforeEach
    void built() throws TimeoutException {
        AppStarts.awaitBuilt(app);
    }

    @Test
    void aReloadKeepsTheFiltersTheChosenCountryAndAClosedSearchClosed(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.builder().datasetProperty().get() != null
                && app.search().isReady());
        robot.clickOn("Records");
        ComboBox<?> assembly = robot.lookup("#filterAssembly").queryComboBox();
        assertNull(assembly.getValue(), "all assemblies to start with");
        int actions = app.records().actions().size();

        robot.clickOn("Pack builder");
        SearchableComboBox<?> chooser = robot.lookup("#countryChooser").queryAs(SearchableComboBox.class);
        robot.clickOn(chooser).write("Latvia").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#searchField").write("Latvia");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::searchShowing);
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#counterpartName");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(searchShowing(), "closed before the reload");

        DatasetFile before = app.builder().datasetProperty().get();
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.builder().datasetProperty().get() != before);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertNull(assembly.getValue(), "still all assemblies");
        assertEquals(actions, app.records().actions().size(), "the same rows as before");
        assertTrue(chooser.getValue() instanceof Country c && c.code().equals("LV"), "still Latvia: " + chooser.getValue());
        assertFalse(searchShowing(), "a closed search stays closed");
    }

    private boolean searchShowing() {
        return Window.getWindows().stream().anyMatch(w -> w instanceof javafx.stage.Popup && w.isShowing()
                && w.getScene().getRoot().lookup("#searchResults") != null);
    }
}
