package org.attache.app.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.attache.app.editing.DatasetEditingViewModel;

/** Runs the latest task once the changes have paused for a while (autosave a few seconds after the last edit). */
public final class FxDebouncer implements DatasetEditingViewModel.Debouncer {
    private final PauseTransition pause;
    private Runnable task = () -> { };

    public FxDebouncer(Duration delay) {
        pause = new PauseTransition(delay);
        pause.setOnFinished(e -> task.run());
    }

    @Override
    public void later(Runnable task) {
        this.task = task;
        if (pause.getDuration().equals(Duration.ZERO)) task.run();
        else pause.playFromStart();
    }
}
