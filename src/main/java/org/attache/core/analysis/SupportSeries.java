package org.attache.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.attache.core.model.Assembly;
import org.attache.core.model.Dataset;
import org.attache.core.model.Measure;
import org.attache.core.model.Tally;

/**
 * One measure across every assembly year, as reported. Each measure is its own series: different measures are
 * never joined, and within a measure each definition of what was counted is a series of its own
 * ({@link #definitions()}). Years without a tally stay in the series as gaps; interim counts are left out.
 */
public record SupportSeries(Measure measure, List<SeriesPoint> points) {
    public SupportSeries {
        points = List.copyOf(points);
    }

    /** The series of one measure, with a point for every assembly year of the dataset. */
    public static SupportSeries of(Dataset dataset, Measure measure) {
        Map<String, Tally> finalByAssembly = new HashMap<>();
        for (Tally t : dataset.tallies()) {
            if (t.measure().equals(measure.id()) && !t.interim()) finalByAssembly.putIfAbsent(t.assembly(), t);
        }
        List<SeriesPoint> points = new ArrayList<>(dataset.assemblies().size());
        for (Assembly a : dataset.assemblies()) {
            points.add(new SeriesPoint(a, finalByAssembly.get(a.id())));
        }
        return new SupportSeries(measure, points);
    }

    /** Every measure that has at least one final tally, in the dataset's order of measures. */
    public static List<SupportSeries> worldwide(Dataset dataset) {
        List<SupportSeries> all = new ArrayList<>();
        for (Measure m : dataset.measures()) {
            SupportSeries s = of(dataset, m);
            if (s.valueCount() > 0) all.add(s);
        }
        return all;
    }

    public long valueCount() {
        return points.stream().filter(SeriesPoint::hasValue).count();
    }

    /** The points that carry a value, in year order. */
    public List<SeriesPoint> values() {
        return points.stream().filter(SeriesPoint::hasValue).toList();
    }

    /**
     * The series split by what was counted: one per definition, in order of first appearance, each with a point
     * for every assembly and values only where a tally of that definition was reported. A change of definition
     * thus starts a new series and is never joined to the old one.
     */
    public List<SupportSeries.Definition> definitions() {
        Map<String, List<SeriesPoint>> byDefinition = new LinkedHashMap<>();
        for (SeriesPoint p : points) {
            if (p.hasValue()) byDefinition.putIfAbsent(key(p.tally()), new ArrayList<>());
        }
        for (var entry : byDefinition.entrySet()) {
            for (SeriesPoint p : points) {
                boolean same = p.hasValue() && Objects.equals(key(p.tally()), entry.getKey());
                entry.getValue().add(same ? p : new SeriesPoint(p.assembly(), null));
            }
        }
        List<Definition> result = new ArrayList<>();
        byDefinition.forEach((key, pts) -> result.add(new Definition(key.isEmpty() ? null : key, pts)));
        return result;
    }

    private static String key(Tally t) {
        return t.definition() == null ? "" : t.definition();
    }

    /**
     * The part of a series that counts one thing; {@code definition} is null where it is the measure's own
     * description, otherwise what the reporting body counted instead.
     */
    public record Definition(String definition, List<SeriesPoint> points) {
        public Definition {
            points = List.copyOf(points);
        }

        public List<SeriesPoint> values() {
            return points.stream().filter(SeriesPoint::hasValue).toList();
        }

        /** What the values show between the first and the last, given that a "60+" may be more. */
        public Trend trend() {
            List<SeriesPoint> v = values();
            if (v.size() < 2) return Trend.SINGLE;
            return Trend.between(v.get(0), v.get(v.size() - 1));
        }
    }

    /** What two values of one definition prove about the change between them. */
    public enum Trend {
        /** Only one value: there is nothing to compare. */
        SINGLE,
        /** The later value is certainly higher. */
        ROSE,
        /** The later value is certainly lower. */
        FELL,
        /** Certainly the same. */
        SAME,
        /** The bounds allow either: "60+" then "70+" may be a rise or a fall. */
        UNCLEAR;

        static Trend between(SeriesPoint first, SeriesPoint last) {
            double a = first.value();
            double b = last.value();
            boolean aOpen = first.lowerBound();
            boolean bOpen = last.lowerBound();
            // a lower bound says only "at least": the true value may be anything above it
            if (!aOpen && b > a) return Trend.ROSE;
            if (!bOpen && a > b) return Trend.FELL;
            if (!aOpen && !bOpen) return Trend.SAME;
            return Trend.UNCLEAR;
        }
    }
}
