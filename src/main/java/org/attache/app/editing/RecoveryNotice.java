package org.attache.app.editing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import org.attache.app.common.AppLog;
import org.attache.app.pack.PackBuilderViewModel;
import org.attache.app.summary.SummaryViewModel;
import org.attache.core.edit.Recovery;

/**
 * The notice at the top of the window that offers back the work a session left unsaved (a crash, a kill), saying
 * what it holds: Restore puts it back (opening its dataset first when another is open), Discard forgets it.
 */
public final class RecoveryNotice {
    private final Recovery recovery;
    private final DatasetEditingViewModel editing;
    private final SummaryViewModel summary;
    private final PackBuilderViewModel builder;
    private final Runnable showBuilder;
    private Recovery.Snapshot pendingRestore;

    public RecoveryNotice(Recovery recovery, DatasetEditingViewModel editing, SummaryViewModel summary,
                          PackBuilderViewModel builder, Runnable showBuilder) {
        this.recovery = recovery;
        this.editing = editing;
        this.summary = summary;
        this.builder = builder;
        this.showBuilder = showBuilder;
    }

    /** Work a session left unsaved is offered back, with what it holds; nothing is restored without asking. */
    public Optional<HBox> offer(Recovery.Left work) {
        if (work == null) return Optional.empty();
        Recovery.Snapshot s = work.snapshot();
        List<String> parts = new ArrayList<>();
        if (s.dataset() != null) {
            parts.add("edits to " + (s.datasetFile() == null ? "the bundled dataset" : s.datasetFile().getFileName())
                    + " (" + s.changes() + ")");
        }
        if (s.pack() != null) {
            parts.add("changes to the pack " + (s.packFile() == null ? "for " + s.pack().country() : s.packFile().getFileName()));
        }
        Label text = new Label("Unsaved work from " + DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
                .format(s.saved().atZone(ZoneId.systemDefault())) + " was kept: " + String.join("; ", parts) + ".");
        text.setWrapText(true);
        text.setId("recoveryText");
        Button restore = new Button("Restore");
        restore.setId("recoveryRestore");
        Button discard = new Button("Discard");
        discard.setId("recoveryDiscard");
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, text, gap, restore, discard);
        bar.setId("recoveryNotice");
        bar.getStyleClass().add("notice");
        bar.setAlignment(Pos.CENTER_LEFT);
        restore.setOnAction(e -> {
            restore(s);
            forget(work, bar);
        });
        discard.setOnAction(e -> forget(work, bar));
        return Optional.of(bar);
    }

    private void restore(Recovery.Snapshot s) {
        if (s.dataset() != null) {
            if (Objects.equals(s.datasetFile(), summary.file())) {
                editing.restore(s);
            } else {
                // the edits belong to another file (or to the bundled dataset): open it, then restore them over it
                pendingRestore = s;
                if (s.datasetFile() == null) summary.openBundled();
                else summary.open(s.datasetFile());
            }
        }
        if (s.pack() != null) {
            builder.restore(s.pack(), s.packFile());
            showBuilder.run();
        }
    }

    /** Called when a dataset file is opened: edits waiting for that file are put back over it. */
    public void datasetOpened(Path path) {
        Recovery.Snapshot s = pendingRestore;
        if (s != null && s.dataset() != null && Objects.equals(s.datasetFile(), path)) {
            pendingRestore = null;
            editing.restore(s);
        }
    }

    private void forget(Recovery.Left work, HBox bar) {
        if (bar.getParent() instanceof Pane parent) parent.getChildren().remove(bar);
        try {
            recovery.forget(work);
        } catch (IOException e) {
            // it will be offered again at the next start, which is the safe way to fail
            AppLog.logger(RecoveryNotice.class).warning("could not remove " + work.file() + ": " + e.getMessage());
        }
    }
}
