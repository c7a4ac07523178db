package org.attache.core.analysis;

import java.util.List;
import org.attache.core.model.Assembly;
import org.attache.core.model.Tally;

/** One assembly's value in a series; {@code tally} is null where that year has no data (a gap, never a zero). */
public record SeriesPoint(Assembly assembly, Tally tally) {

    public boolean hasValue() {
        return tally != null;
    }

    public double value() {
        if (tally == null) throw new IllegalStateException("no value for " + assembly.id());
        return tally.value();
    }

    public boolean lowerBound() {
        return tally != null && tally.lowerBound();
    }

    /** "60+", "11", or "no data". */
    public String displayValue() {
        return tally == null ? "no data" : tally.displayValue();
    }

    public List<String> sources() {
        return tally == null ? List.of() : tally.sources();
    }
}
