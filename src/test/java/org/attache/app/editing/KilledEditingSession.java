package org.attache.app.editing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.attache.app.common.DirectTasks;
import org.attache.core.edit.Edit;
import org.attache.core.edit.RecordKind;
import org.attache.core.edit.Recovery;
import org.attache.core.export.DatasetFile;
import org.attache.core.model.Dataset;
import org.attache.core.model.SupportAction;

/**
 * A session of the app's editing, in a process of its own: it deletes a support action of the bundled dataset,
 * which is kept for recovery at once, says which, and waits to be killed. RecoveryFlowTest kills it.
 */
public final class KilledEditingSession {
    private KilledEditingSession() {
    }

    public static void main(String[] args) throws Exception {
        DatasetEditingViewModel editing = new DatasetEditingViewModel(DirectTasks.DIRECT, new Recovery(Path.of(args[0])),
                Runnable::run, Clock.systemUTC());
        editing.opened(DatasetFile.bundled(), null);
        Dataset d = editing.dataset();
        SupportAction removed = d.actions().get(3);
        List<String> refused = editing.perform(Edit.remove(d, RecordKind.ACTIONS, removed));
        System.out.println(refused.isEmpty() ? "deleted " + removed.id() : "refused " + refused);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
