package org.attache.core.export;

import java.util.List;
import java.util.Locale;

/** The outcome of a batch: each country's item, whether it was cancelled, and how long it took. */
public record BatchSummary(int selected, List<BatchItem> items, boolean cancelled, long millis) {
    public BatchSummary {
        items = List.copyOf(items);
    }

    public List<BatchItem> with(BatchItem.Status status) {
        return items.stream().filter(i -> i.status() == status).toList();
    }

    /** Countries selected but not reached because the batch was cancelled. */
    public int notStarted() {
        return selected - items.size();
    }

    public boolean allSucceeded() {
        return !cancelled && with(BatchItem.Status.FAILED).isEmpty();
    }

    /** "201 written, 3 skipped, 1 failed in 7.2 s" (and "cancelled, 40 not started" when so). */
    public String describe() {
        String s = String.format(Locale.ROOT, "%d written, %d skipped, %d failed in %.1f s",
                with(BatchItem.Status.WRITTEN).size(), with(BatchItem.Status.SKIPPED).size(),
                with(BatchItem.Status.FAILED).size(), millis / 1000.0);
        return cancelled ? s + "; cancelled, " + notStarted() + " not started" : s;
    }
}
