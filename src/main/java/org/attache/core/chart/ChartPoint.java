package org.attache.core.chart;

import java.util.List;

/**
 * A value in a series, or a gap where nothing was reported ({@code value} null, never drawn as zero). A lower
 * bound ("60+") is drawn as such. {@code detail} says who reported it, for tooltips and notes.
 */
public record ChartPoint(Double value, boolean lowerBound, String label, String detail, List<String> sources) {
    public static final ChartPoint GAP = new ChartPoint(null, false, "no data", "", List.of());

    public ChartPoint {
        sources = List.copyOf(sources);
    }

    public boolean hasValue() {
        return value != null;
    }
}
