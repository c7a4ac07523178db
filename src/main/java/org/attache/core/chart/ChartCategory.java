package org.attache.core.chart;

/** One place on the x axis: an assembly year, with a longer label for tooltips; {@code noSession} marks 2020. */
public record ChartCategory(String label, String longLabel, boolean noSession) {
}
