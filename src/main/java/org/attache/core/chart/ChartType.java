package org.attache.core.chart;

/** How values are drawn: a line with markers through time, or bars stacked by series. */
public enum ChartType {
    LINE, STACKED_BAR
}
