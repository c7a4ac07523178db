package org.attache.core.chart;

import java.util.ArrayList;
import java.util.List;
import org.attache.core.analysis.AssemblyRecord;
import org.attache.core.analysis.CountryTimeline;
import org.attache.core.analysis.SeriesPoint;
import org.attache.core.analysis.SupportSeries;
import org.attache.core.model.ActionKind;
import org.attache.core.model.Assembly;
import org.attache.core.model.Tally;

/** Turns the analysis of {@code core.analysis} into chart definitions: the one place charts are defined. */
public final class ChartDefinitions {
    private ChartDefinitions() {
    }

    /**
     * One measure across assemblies as a line. The axis runs from the first to the last year with a value; years
     * between without one stay gaps, and a year with no session is marked.
     */
    public static ChartSpec growth(SupportSeries series) {
        List<SeriesPoint> points = series.points();
        int first = firstValued(points);
        int last = lastValued(points);
        List<ChartCategory> categories = new ArrayList<>();
        List<ChartPoint> values = new ArrayList<>();
        if (first >= 0) {
            for (int i = first; i <= last; i++) {
                SeriesPoint p = points.get(i);
                categories.add(category(p.assembly()));
                values.add(p.hasValue() ? point(p.tally()) : ChartPoint.GAP);
            }
        }
        String unit = series.measure().unit();
        return new ChartSpec(ChartType.LINE, series.measure().label(), "INTERPOL General Assembly",
                capitalise(unit), categories, List.of(new ChartSeries(series.measure().label(), 0, values)),
                series.measure().description());
    }

    /** A country's actions per assembly, stacked by kind of action; only kinds it used get a series. */
    public static ChartSpec country(CountryTimeline timeline) {
        List<ChartCategory> categories = timeline.assemblies().stream().map(r -> category(r.assembly())).toList();
        List<ChartSeries> series = new ArrayList<>();
        for (ActionKind kind : ActionKind.values()) {
            List<ChartPoint> points = new ArrayList<>();
            int total = 0;
            for (AssemblyRecord record : timeline.assemblies()) {
                int n = record.count(kind);
                total += n;
                List<String> sources = record.actions().stream().filter(a -> a.kind() == kind)
                        .flatMap(a -> a.sources().stream()).distinct().toList();
                points.add(n == 0 ? ChartPoint.GAP : new ChartPoint((double) n, false, Integer.toString(n),
                        n + " × " + kind.label().toLowerCase(java.util.Locale.ROOT) + ", " + record.assembly().label(),
                        sources));
            }
            if (total > 0) series.add(new ChartSeries(kind.label(), kind.ordinal(), points));
        }
        return new ChartSpec(ChartType.STACKED_BAR, timeline.country().name() + ": actions per assembly",
                "INTERPOL General Assembly", "Recorded actions", categories, series, null);
    }

    private static ChartCategory category(Assembly a) {
        return new ChartCategory(Integer.toString(a.year()), a.label(), !a.held());
    }

    private static ChartPoint point(Tally t) {
        String by = t.reportedBy() == null ? "" : "reported by " + t.reportedBy();
        return new ChartPoint(t.value(), t.lowerBound(), t.displayValue(), by, t.sources());
    }

    private static int firstValued(List<SeriesPoint> points) {
        for (int i = 0; i < points.size(); i++) if (points.get(i).hasValue()) return i;
        return -1;
    }

    private static int lastValued(List<SeriesPoint> points) {
        for (int i = points.size() - 1; i >= 0; i--) if (points.get(i).hasValue()) return i;
        return -1;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
