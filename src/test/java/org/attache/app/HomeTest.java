package org.attache.app;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The home screen shows the campaign at a glance, and a new pack can be started for a country from anywhere. */
@ExtendWith(ApplicationExtension.class)
class HomeTest {
    private final AttacheApp app = new AttacheApp();

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    @BeforeEach
    void built() throws TimeoutException {
        AppStarts.awaitBuilt(app);
    }

    private static String selectedTab(FxRobot robot) {
        return robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }

    @Test
    void theHomeScreenShowsTheCampaignAndStartsAPack(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.builder().datasetProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("homeTab", selectedTab(robot), "the app opens on its home screen");
        assertEquals("Taiwan and INTERPOL: the participation campaign",
                robot.lookup("#homeTitle").queryAs(Label.class).getText());
        assertEquals("Bundled with Attaché", robot.lookup("#homeSignature").queryAs(Label.class).getText(),
                "the bundled dataset is the app's own, not an unsigned file");
        assertTrue(robot.lookup("#homeCards").lookup("94th").tryQuery().isPresent(), "the next Assembly");
        assertTrue(robot.lookup("#homeCards").lookup("70+ countries").tryQuery().isPresent(), "a headline series");

        SearchableComboBox<?> country = robot.lookup("#homeCountry").queryAs(SearchableComboBox.class);
        robot.clickOn(country).write("Latvia").type(KeyCode.ENTER);
        robot.clickOn("#homeNewPack");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("builderTab", selectedTab(robot));
        assertEquals("LV", app.builder().pack().country());

        robot.clickOn("Countries");
        robot.clickOn("#countryFilter").write("estonia");
        robot.clickOn(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().startsWith("Estonia")).queryAs(javafx.scene.Node.class));
        robot.clickOn("#profileNewPack");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("EE", app.builder().pack().country(), "from a country's page");
        assertEquals("builderTab", selectedTab(robot));

        robot.clickOn("Records");
        TableView<?> actions = robot.lookup("#actionTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !actions.getItems().isEmpty());
        javafx.scene.Node row = robot.lookup("#actionTable .table-row-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getItem() instanceof
                        org.attache.app.browse.RecordsViewModel.ActionRow a && a.country() != null && !a.country().equals("EE"))
                .findFirst().orElseThrow();
        String who = ((org.attache.app.browse.RecordsViewModel.ActionRow) ((javafx.scene.control.TableRow<?>) row).getItem()).who();
        javafx.scene.control.ContextMenu menu = ((javafx.scene.control.TableRow<?>) row).getContextMenu();
        assertEquals("New Pack for " + who, menu.getItems().get(0).getText(), "the row's menu names its country");
        robot.interact(() -> menu.getItems().get(0).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("builderTab", selectedTab(robot), "from a row of the records");
        assertNotEquals("EE", app.builder().pack().country());
    }
}
