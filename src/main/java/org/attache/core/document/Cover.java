package org.attache.core.document;

import java.util.List;

/**
 * The cover page: a title, a subtitle, and labelled lines such as the meeting's date and place; a bilingual brief
 * gives the title and subtitle in English too ({@code inEnglish}).
 */
public record Cover(String kicker, String title, String subtitle, String inEnglish, List<Line> lines, String footnote) {
    public Cover {
        lines = List.copyOf(lines);
        inEnglish = inEnglish == null ? "" : inEnglish;
    }

    public record Line(String label, String value) {
    }
}
