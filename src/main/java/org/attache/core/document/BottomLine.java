package org.attache.core.document;

import java.util.List;

/** The boxed "Bottom line" at the head of a summary: a few labelled points, each a sentence, read in ten seconds. */
public record BottomLine(String title, List<Point> points) implements Block {
    public BottomLine {
        points = List.copyOf(points);
    }

    public record Point(String label, String text) {
    }
}
