package org.attache.app;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.attache.core.search.RecordType;
import org.attache.core.search.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+F finds a known fact, grouped and highlighted, and opens it; a country opens in its profile. */
@ExtendWith(ApplicationExtension.class)
class SearchTest {
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
    void searchFindsAKnownFactAndOpensIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.search().isReady());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("Kumamoto");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> results = robot.lookup("#searchResults").queryAs(ListView.class);
        assertEquals(new org.attache.app.search.SearchViewModel.Group(RecordType.FACT, 1), results.getItems().get(0),
                "facts come first, under their heading with their count");
        SearchHit hit = (SearchHit) results.getItems().get(1);
        assertEquals("fact-kumamoto-2019", hit.id());
        assertTrue(robot.lookup(".search-match").tryQuery().isPresent(), "the match is highlighted");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#detailsTitle").tryQuery().isPresent());
        javafx.scene.control.TableView<?> facts = robot.lookup("#factTable").queryAs(javafx.scene.control.TableView.class);
        assertEquals("fact-kumamoto-2019", ((org.attache.app.browse.RecordsViewModel.FactRow)
                facts.getSelectionModel().getSelectedItem()).id(), "selected where it lives, in the facts table");
        assertEquals("Amphetamine intercepted in Japan on a Taiwanese tip-off",
                robot.lookup("#detailsTitle").queryAs(Label.class).getText());
        robot.clickOn("[1] " + app.search().details(RecordType.SOURCE,
                app.search().details(RecordType.FACT, "fact-kumamoto-2019").orElseThrow().sources().get(0))
                .orElseThrow().lines().get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Sources", robot.lookup("#recordDetails .subtitle").queryAs(Label.class).getText(),
                "the citation shows the source record");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#detailsTitle").tryQuery().isPresent(), "Esc closes the details window");
    }

    @Test
    void aCountryFoundOpensItsProfile(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.search().isReady());
        robot.clickOn("#searchField").write("latvia").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Latvia (LV)", robot.lookup("#profileName").queryAs(Label.class).getText());
    }

    /** A measure found opens its series in Support growth. */
    @Test
    void aMeasureFoundOpensItsSeries(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.search().isReady());
        robot.clickOn("#searchField").write("Parliamentarians voicing support").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("growthTab", robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().getSelectedItem().getId());
        assertEquals("parliamentarians", app.dashboard().selectedProperty().get().measure().id());
    }
}
