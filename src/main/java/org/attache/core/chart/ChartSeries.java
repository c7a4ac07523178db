package org.attache.core.chart;

import java.util.List;

/** One named series with a point for every category; {@code colour} indexes the shared palette. */
public record ChartSeries(String name, int colour, List<ChartPoint> points) {
    public ChartSeries {
        points = List.copyOf(points);
    }

    /** The points that carry a value. */
    public List<ChartPoint> values() {
        return points.stream().filter(ChartPoint::hasValue).toList();
    }
}
