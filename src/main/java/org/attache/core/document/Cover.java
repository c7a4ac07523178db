package org.attache.core.document;

import java.util.List;

/** The cover page: a title, a subtitle, and labelled lines such as the meeting's date and place. */
public record Cover(String kicker, String title, String subtitle, List<Line> lines, String footnote) {
    public Cover {
        lines = List.copyOf(lines);
    }

    public record Line(String label, String value) {
    }
}
