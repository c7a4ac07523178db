package org.attache.app;

import org.junit.jupiter.api.BeforeEach;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.attache.app.common.UiLanguage;
import org.attache.app.common.UiText;
import org.attache.core.data.BundledDataset;
import org.attache.core.model.Country;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window in Traditional Chinese: its menus, tabs and status in Chinese, countries by their Chinese names. */
@ExtendWith(ApplicationExtension.class)
class ChineseAppTest {
    private final AttacheApp app = new AttacheApp();

    @Start
    void start(Stage stage) {
        System.setProperty("attache.language", "zh-TW");
        try {
            app.start(stage);
        } finally {
            System.setProperty("attache.language", "en");
        }
    }

    @BeforeEach
    void built() throws TimeoutException {
        AppStarts.awaitBuilt(app);
    }

    @AfterEach
    void english() {
        UiText.use(UiLanguage.ENGLISH);
    }

    @Test
    void theWindowSpeaksChineseAndNamesCountriesInChineseAndEnglish(FxRobot robot) throws TimeoutException {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertEquals(List.of("檔案(_F)", "編輯(_E)", "檢視(_V)", "說明(_H)"),
                bar.getMenus().stream().map(m -> m.getText()).toList());
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals(List.of("首頁", "國家", "紀錄", "支持成長", "簡報包製作", "資料集", "編輯資料"),
                tabs.getTabs().stream().map(t -> t.getText()).toList());

        robot.clickOn("資料集");
        ListView<?> counts = robot.lookup("#recordCounts").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !counts.getItems().isEmpty());
        int warnings = BundledDataset.load().warningCount();
        String status = robot.lookup("#statusText").queryAs(Label.class).getText();
        assertTrue(status.contains("0") && status.contains(String.valueOf(warnings)) && status.contains("警告"), status);

        @SuppressWarnings("unchecked")
        ComboBox<Country> chooser = robot.lookup("#homeCountry").queryAs(ComboBox.class);
        Country latvia = chooser.getItems().stream().filter(c -> c.code().equals("LV")).findFirst().orElseThrow();
        assertEquals("拉脫維亞 Latvia（LV）", chooser.getConverter().toString(latvia));
    }
}
