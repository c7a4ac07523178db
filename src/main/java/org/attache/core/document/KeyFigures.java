package org.attache.core.document;

import java.util.List;

/** A row of headline numbers, each with its unit, a sentence that explains it, and its sources. */
public record KeyFigures(List<KeyFigure> figures) implements Block {
    public KeyFigures {
        figures = List.copyOf(figures);
    }

    public record KeyFigure(String figure, String unit, String text, List<Integer> citations) {
        public KeyFigure {
            citations = List.copyOf(citations);
        }

        /** The figure and its unit as a phrase: "478 victims rescued", and "Rank 4 among 147 countries" for a rank. */
        public String phrase() {
            return unit.startsWith("rank ") ? "Rank " + figure + unit.substring(4) : figure + " " + unit;
        }
    }
}
