package org.attache.core.model;

/** One entry of a dataset's change log: when it was saved, by whom, and what the save changed. */
public record Change(PartialDate date, String by, String summary) {
    public Change {
        if (date == null) throw new IllegalArgumentException("a change needs its date");
        Lists.required(by, "by");
        Lists.required(summary, "summary");
    }
}
