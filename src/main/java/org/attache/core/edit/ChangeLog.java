package org.attache.core.edit;

import java.time.LocalDate;
import org.attache.core.model.Change;
import org.attache.core.model.Dataset;
import org.attache.core.model.PartialDate;

/** The dataset's change log: each save that changes records adds who saved, when, and what changed. */
public final class ChangeLog {
    private ChangeLog() {
    }

    /**
     * {@code after} with an entry for what changed since {@code before} (the version last saved or opened); {@code
     * after} itself when no record changed, so that saving twice adds nothing.
     */
    public static Dataset recorded(Dataset before, Dataset after, String by, LocalDate day) {
        DatasetDiff diff = DatasetDiff.between(before, after);
        if (diff.isEmpty()) return after;
        String who = by == null || by.isBlank() ? "Not recorded" : by.strip();
        return after.withChange(new Change(new PartialDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), who,
                diff.summary()));
    }
}
