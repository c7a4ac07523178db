package org.attache.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.core.model.Assembly;
import org.attache.core.model.Dataset;
import org.attache.core.model.Measure;
import org.attache.core.model.Tally;

/**
 * One measure across every assembly year, as reported. Each measure is its own series: different measures are
 * never joined. Years without a tally stay in the series as gaps; interim counts are left out.
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
}
