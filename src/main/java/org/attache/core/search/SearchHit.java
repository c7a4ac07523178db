package org.attache.core.search;

import java.util.List;

/**
 * One record found: its type and id (to open it), a title, and a snippet of the text that matched, with the
 * ranges of the matches inside the title and the snippet so a view can highlight them.
 */
public record SearchHit(RecordType type, String id, String title, List<Range> titleMatches, String snippet,
                        List<Range> snippetMatches, int score) {
    public SearchHit {
        titleMatches = List.copyOf(titleMatches);
        snippetMatches = List.copyOf(snippetMatches);
    }

    /** Characters {@code start} (inclusive) to {@code end} (exclusive). */
    public record Range(int start, int end) {
    }
}
