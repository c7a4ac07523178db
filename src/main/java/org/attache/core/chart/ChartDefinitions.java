package org.attache.core.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.attache.core.analysis.AssemblyRecord;
import org.attache.core.analysis.Caveat;
import org.attache.core.analysis.CountryTimeline;
import org.attache.core.analysis.Coverage;
import org.attache.core.analysis.SeriesPoint;
import org.attache.core.analysis.SupportSeries;
import org.attache.core.model.ActionKind;
import org.attache.core.model.Assembly;
import org.attache.core.model.Scope;
import org.attache.core.model.SupportAction;
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
        return growth(series, ChartWords.ENGLISH);
    }

    /** The same, with the words of a brief's language. */
    public static ChartSpec growth(SupportSeries series, ChartWords words) {
        List<SeriesPoint> points = series.points();
        int first = firstValued(points);
        int last = lastValued(points);
        List<ChartCategory> categories = new ArrayList<>();
        if (first >= 0) {
            for (int i = first; i <= last; i++) categories.add(category(points.get(i).assembly()));
        }
        List<SupportSeries.Definition> definitions = series.definitions();
        List<ChartSeries> lines = new ArrayList<>();
        for (int d = 0; d < definitions.size(); d++) {
            SupportSeries.Definition definition = definitions.get(d);
            List<ChartPoint> values = new ArrayList<>();
            for (int i = first; first >= 0 && i <= last; i++) {
                SeriesPoint p = definition.points().get(i);
                values.add(p.hasValue() ? point(p.tally()) : ChartPoint.GAP);
            }
            String name = definition.definition() == null ? words.label().apply(series.measure())
                    : capitalise(words.definition().apply(definition.definition()));
            lines.add(new ChartSeries(name, d, values));
        }
        String note = words.description().apply(series.measure());
        if (definitions.size() > 1) {
            note = (note == null ? "" : note + (words.chinese() ? "" : " ")) + words.changedDefinitions();
        }
        return new ChartSpec(ChartType.LINE, words.label().apply(series.measure()), words.assemblyAxis(),
                capitalise(words.unit().apply(series.measure())), categories, lines, note, words);
    }

    /**
     * A country's counted acts per assembly, stacked by kind of act; only kinds it used get a series. Acts that do
     * not name INTERPOL, of whatever kind, stack apart in a pale series of their own, so a bar never passes them off
     * as support for INTERPOL.
     */
    public static ChartSpec country(CountryTimeline timeline) {
        return country(timeline, ChartWords.ENGLISH);
    }

    /** The same, with the words of a brief's language. */
    public static ChartSpec country(CountryTimeline timeline, ChartWords words) {
        List<ChartCategory> categories = timeline.assemblies().stream().map(r -> new ChartCategory(
                Integer.toString(r.assembly().year()), r.assembly().label(),
                r.assembly().held() ? state(r.coverage()) : ChartCategory.State.NO_SESSION)).toList();
        List<ChartSeries> series = new ArrayList<>();
        for (ActionKind kind : ActionKind.values()) {
            series.add(bars(timeline, words.kind().apply(kind), kind.ordinal(),
                    a -> a.kind() == kind && a.scope() == Scope.INTERPOL));
        }
        series.add(bars(timeline, words.notNamed(), ChartPalette.PALE, a -> a.scope() == Scope.GENERAL));
        series.removeIf(s -> s.values().isEmpty());
        return new ChartSpec(ChartType.STACKED_BAR,
                java.text.MessageFormat.format(words.countryTitle(), words.country().apply(timeline.country())),
                words.assemblyAxis(), words.countedActions(), categories, series, words.countryNote(), words);
    }

    /** One stacked series: the counted acts of each assembly that {@code which} picks, with their sources and caveats. */
    private static ChartSeries bars(CountryTimeline timeline, String name, int colour, Predicate<SupportAction> which) {
        List<ChartPoint> points = new ArrayList<>();
        for (AssemblyRecord record : timeline.assemblies()) {
            List<SupportAction> picked = record.counted().stream().filter(which).toList();
            int n = picked.size();
            List<String> sources = picked.stream().flatMap(a -> a.sources().stream()).distinct().toList();
            List<Caveat> caveats = picked.stream().flatMap(a -> Caveat.of(a).stream()).distinct().toList();
            points.add(n == 0 ? ChartPoint.GAP : new ChartPoint((double) n, false, Integer.toString(n),
                    n + " \u00d7 " + name.toLowerCase(java.util.Locale.ROOT) + ", " + record.assembly().label(),
                    sources, caveats));
        }
        return new ChartSeries(name, colour, points);
    }

    private static ChartCategory.State state(Coverage coverage) {
        return switch (coverage) {
            case ACTED -> ChartCategory.State.VALUES;
            case NO_SESSION -> ChartCategory.State.NO_SESSION;
            case RECORDED_NONE -> ChartCategory.State.RECORDED_NONE;
            case NOTHING_RECORDED -> ChartCategory.State.NOTHING_RECORDED;
        };
    }

    private static ChartCategory category(Assembly a) {
        return new ChartCategory(Integer.toString(a.year()), a.label(),
                a.held() ? ChartCategory.State.VALUES : ChartCategory.State.NO_SESSION);
    }

    private static ChartPoint point(Tally t) {
        String by = t.reportedBy() == null ? "" : "reported by " + t.reportedBy();
        String counted = t.definition() == null ? "" : " (counts " + t.definition() + ")";
        return new ChartPoint(t.value(), t.lowerBound(), t.displayValue(), by + counted, t.sources(), Caveat.of(t));
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
