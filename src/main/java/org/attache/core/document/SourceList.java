package org.attache.core.document;

import java.util.List;

/** The numbered list every citation in the document resolves to. */
public record SourceList(List<SourceNote> notes) implements Block {
    public SourceList {
        notes = List.copyOf(notes);
    }

    /** One numbered source: its citation line and, when it has one, its address as plain text. */
    public record SourceNote(int number, String citation, String url) {
    }
}
