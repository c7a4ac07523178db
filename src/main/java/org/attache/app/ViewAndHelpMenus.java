package org.attache.app;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.attache.app.common.Settings;
import org.attache.app.common.Theme;
import org.attache.app.common.UiLanguage;
import org.attache.app.common.UiText;
import org.attache.core.Version;

/** The window's View menu (theme, language) and Help menu (shortcuts, about): the menus that touch no document. */
final class ViewAndHelpMenus {
    private final Stage stage;
    private final Settings settings;

    ViewAndHelpMenus(Stage stage, Settings settings) {
        this.stage = stage;
        this.settings = settings;
    }

    /** Help: every command's keys (F1), and what Attaché is. */
    Menu help(Menu... commandMenus) {
        return new Menu(UiText.get("main.menu.help"), null,
                MainWindow.item(UiText.get("main.menu.shortcuts"), "F1", () -> shortcuts(commandMenus)),
                MainWindow.item(UiText.get("main.menu.about"), null, this::about));
    }

    /**
     * View > Theme: follow the system, light or dark; applied at once and kept for the next start. View > Language:
     * kept for the next start, when the app's words change.
     */
    Menu view() {
        ToggleGroup group = new ToggleGroup();
        Menu theme = new Menu(UiText.get("main.menu.theme"));
        Theme saved = Theme.saved(settings);
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.label());
            item.setId("theme-" + t.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(t == saved);
            item.setOnAction(e -> {
                t.save(settings);
                t.applyFollowing(settings);
            });
            theme.getItems().add(item);
        }
        return new Menu(UiText.get("main.menu.view"), null, theme, languages());
    }

    private Menu languages() {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu(UiText.get("main.menu.language"));
        menu.setId("menuLanguage");
        for (UiLanguage l : UiLanguage.values()) {
            RadioMenuItem item = new RadioMenuItem(l.label());
            item.setMnemonicParsing(false);
            item.setId("language-" + l.tag());
            item.setToggleGroup(group);
            item.setSelected(l == UiText.language());
            item.setOnAction(e -> {
                l.save(settings);
                if (l != UiText.language()) languageAtNextStart(l);
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Says, in the words of the language chosen, that the app speaks it from its next start. */
    private void languageAtNextStart(UiLanguage chosen) {
        String text = UiText.get("main.language.restart");
        try {
            text = ResourceBundle.getBundle("org.attache.app.Ui", chosen.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString("main.language.restart");
        } catch (MissingResourceException e) {
            // said in the language of this run instead
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(stage);
        alert.setTitle(UiText.get("main.language.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("languageRestart");
        alert.show();
    }

    /** Every menu command with its keys, and the keys that work in the builder's lists, in one window. */
    private void shortcuts(Menu... menus) {
        GridPane list = new GridPane();
        list.setId("shortcutList");
        list.setHgap(24);
        list.setVgap(4);
        for (Menu menu : menus) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    shortcut(list, item.getAccelerator().getDisplayText(), item.getText().replace("\u2026", ""));
                }
            }
        }
        shortcut(list, UiText.get("main.shortcuts.moveKeys"), UiText.get("main.shortcuts.move"));
        shortcut(list, UiText.get("main.shortcuts.toggleKeys"), UiText.get("main.shortcuts.toggle"));
        shortcut(list, UiText.get("main.shortcuts.searchKeys"), UiText.get("main.shortcuts.search"));
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle(UiText.get("main.shortcuts.title"));
        alert.setHeaderText(UiText.get("main.shortcuts.title"));
        alert.getDialogPane().setContent(list);
        alert.show();
    }

    private static void shortcut(GridPane list, String keys, String what) {
        Label k = new Label(keys);
        k.getStyleClass().add("section-heading");
        list.addRow(list.getRowCount(), k, new Label(what));
    }

    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle(UiText.get("main.about.title"));
        alert.setHeaderText(UiText.get("main.about.header", String.valueOf(Version.current())));
        alert.setContentText(UiText.get("main.about.text"));
        alert.showAndWait();
    }
}
