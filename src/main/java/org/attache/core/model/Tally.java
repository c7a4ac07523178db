package org.attache.core.model;

import java.util.List;

/**
 * An aggregate count for one assembly as a body reported it; "60+" is value 60 with lowerBound. {@code definition}
 * says what exactly was counted when that differs from the measure's own description; {@code countries} names
 * the countries counted when the source names them all.
 */
public record Tally(String id, String assembly, String measure, double value, boolean lowerBound,
                    String reportedBy, PartialDate date, boolean interim, String spans, String definition,
                    List<String> countries, Evidence evidence, String note, List<String> sources) {
    public Tally {
        Lists.required(id, "id");
        if (!Double.isFinite(value) || value < 0) throw new IllegalArgumentException("a tally is a count: " + value);
        if (evidence == null) throw new IllegalArgumentException("a tally needs its evidence");
        countries = Lists.copy(countries);
        sources = Lists.copy(sources);
    }

    public Confidence confidence() {
        return evidence.confidence();
    }

    /** "60+" for a lower bound, "11" otherwise. */
    public String displayValue() {
        return Figure.format(value) + (lowerBound ? "+" : "");
    }
}
