package org.attache.core.model;

import java.util.List;

/** An aggregate count for one assembly as a body reported it; "60+" is value 60 with lowerBound. */
public record Tally(String id, String assembly, String measure, double value, boolean lowerBound,
                    String reportedBy, PartialDate date, boolean interim, String scope, Confidence confidence,
                    String note, List<String> sources) {
    public Tally {
        Lists.required(id, "id");
        if (!Double.isFinite(value) || value < 0) throw new IllegalArgumentException("a tally is a count: " + value);
        if (confidence == null) confidence = Confidence.HIGH;
        sources = Lists.copy(sources);
    }

    /** "60+" for a lower bound, "11" otherwise. */
    public String displayValue() {
        return Figure.format(value) + (lowerBound ? "+" : "");
    }
}
