package org.attache.core.chart;

import java.util.List;
import org.attache.core.analysis.Caveat;

/**
 * A value in a series, or a gap where nothing was reported ({@code value} null, never drawn as zero). A lower
 * bound ("60+") is drawn as such. {@code detail} says who reported it, for tooltips and notes; {@code caveats}
 * qualify the value as its records do.
 */
public record ChartPoint(Double value, boolean lowerBound, String label, String detail, List<String> sources,
                         List<Caveat> caveats) {
    public static final ChartPoint GAP = new ChartPoint(null, false, "no data", "", List.of(), List.of());

    public ChartPoint {
        sources = List.copyOf(sources);
        caveats = List.copyOf(caveats);
    }

    public boolean hasValue() {
        return value != null;
    }
}
