package org.attache.core.document;

import java.util.List;

/**
 * A table with a header row repeated on every page it spans; {@code widths} are relative column widths. When
 * {@code grouped}, a blank first cell continues the group above it, and a page that starts inside a group
 * repeats the group's name marked {@code continued}.
 */
public record Table(List<String> header, List<Float> widths, List<List<Paragraph>> rows, boolean grouped,
                    String continued) implements Block {
    public Table {
        header = List.copyOf(header);
        widths = List.copyOf(widths);
        rows = rows.stream().map(List::copyOf).toList();
        if (widths.size() != header.size()) throw new IllegalArgumentException("one width per column");
        for (List<Paragraph> row : rows) {
            if (row.size() != header.size()) throw new IllegalArgumentException("row of " + row.size() + " cells");
        }
    }
}
