package org.attache.app.trust;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.attache.app.common.FileDialogs;
import org.attache.app.common.UiText;

/** File > Trusted Signing Keys: the keys Attaché believes, with Add Key… and Remove. */
public final class TrustedKeysView {
    private final TrustedKeysViewModel model;
    private final FileDialogs dialogs;
    private final Stage stage = new Stage();

    public TrustedKeysView(TrustedKeysViewModel model, FileDialogs dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    public Stage show(Window owner, String stylesheet) {
        stage.initOwner(owner);
        stage.setTitle(UiText.get("trust.window.title"));
        Scene scene = new Scene(build(), 640, 380);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private Parent build() {
        Label intro = new Label(UiText.get("trust.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        ListView<TrustedKeysViewModel.Row> list = new ListView<>(model.rows());
        list.setId("trustedKeys");
        VBox.setVgrow(list, Priority.ALWAYS);
        Button add = new Button(UiText.get("trust.add"));
        add.setId("trustAdd");
        add.setOnAction(e -> dialogs.open(UiText.get("trust.add.title"), UiText.get("trust.add.files"), "*.pub")
                .ifPresent(model::add));
        Button remove = new Button(UiText.get("trust.remove"));
        remove.setId("trustRemove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(Bindings.createBooleanBinding(() -> {
                    TrustedKeysViewModel.Row row = list.getSelectionModel().getSelectedItem();
                    return row != null && row.bundled();
                }, list.getSelectionModel().selectedItemProperty())));
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem()));
        Button close = new Button(UiText.get("trust.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Label message = new Label();
        message.setId("trustMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        HBox buttons = new HBox(8, add, remove, new Region(), close);
        HBox.setHgrow(buttons.getChildren().get(2), Priority.ALWAYS);
        VBox root = new VBox(10, intro, list, message, buttons);
        root.setPadding(new Insets(16));
        return root;
    }
}
