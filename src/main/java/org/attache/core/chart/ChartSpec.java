package org.attache.core.chart;

import java.util.List;

/**
 * A chart described without drawing it, shared by the app and the PDF so both show the same thing. Categories
 * are assembly years along the x axis; each series is one measure or one kind of action, never two joined.
 */
public record ChartSpec(ChartType type, String title, String xAxisLabel, String yAxisLabel,
                        List<ChartCategory> categories, List<ChartSeries> series, String note, ChartWords words) {
    public ChartSpec {
        if (words == null) words = ChartWords.ENGLISH;
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (ChartSeries s : series) {
            if (s.points().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.points().size()
                        + " points for " + categories.size() + " categories");
            }
        }
    }

    /** The largest value any bar or point reaches (stacked bars add up), 0 when there is none. */
    public double maxValue() {
        double max = 0;
        for (int i = 0; i < categories.size(); i++) {
            double stack = 0;
            for (ChartSeries s : series) {
                ChartPoint p = s.points().get(i);
                if (p.hasValue()) {
                    stack = type == ChartType.STACKED_BAR ? stack + p.value() : Math.max(stack, p.value());
                }
            }
            max = Math.max(max, stack);
        }
        return max;
    }

    /** Number of points that carry a value, across all series. */
    public long valueCount() {
        return series.stream().flatMap(s -> s.points().stream()).filter(ChartPoint::hasValue).count();
    }

    /** The source ids behind every value, in order of first appearance, each once. */
    public List<String> sources() {
        return series.stream().flatMap(s -> s.points().stream()).flatMap(p -> p.sources().stream())
                .distinct().toList();
    }
}
