package org.attache.core.document;

import java.util.List;

/**
 * The numbered list every citation in the document resolves to. {@code runOn} sets the notes one after another in
 * a single small paragraph, for a page that has no room for a list.
 */
public record SourceList(List<SourceNote> notes, boolean runOn) implements Block {
    public SourceList {
        notes = List.copyOf(notes);
    }

    public SourceList(List<SourceNote> notes) {
        this(notes, false);
    }

    /** One numbered source: its citation line and, when it has one, its address as plain text. */
    public record SourceNote(int number, String citation, String url) {
    }
}
