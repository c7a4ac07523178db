package org.attache.core.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart said in words, for a reader who cannot see it, as the chart itself shows it: its title, the years it marks
 * as having no values (no session, nothing recorded, no data), then each series with its values year by year, in the
 * chart's own words. "Victims rescued. No session: 2020. No data: 2021. Reported by MOFA: 2019 120, 2022 60+."
 */
public final class ChartDescription {
    private ChartDescription() {
    }

    public static String of(ChartSpec spec) {
        ChartWords words = spec.words();
        List<String> sentences = new ArrayList<>();
        sentences.add(spec.title());
        said(spec, ChartCategory.State.NO_SESSION, words.noSession(), sentences);
        said(spec, ChartCategory.State.NOTHING_RECORDED, words.noAct() + " " + words.recorded(), sentences);
        said(spec, ChartCategory.State.RECORDED_NONE, words.none(), sentences);
        List<String> noData = new ArrayList<>();
        for (int i = 0; i < spec.categories().size(); i++) {
            if (spec.categories().get(i).state() == ChartCategory.State.VALUES && !hasValue(spec, i)) {
                noData.add(spec.categories().get(i).label());
            }
        }
        if (!noData.isEmpty()) sentences.add(capitalised(words.noData()) + ": " + String.join(", ", noData));
        for (ChartSeries s : spec.series()) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < spec.categories().size(); i++) {
                ChartCategory year = spec.categories().get(i);
                if (year.state() != ChartCategory.State.VALUES || !hasValue(spec, i)) continue;
                ChartPoint p = s.points().get(i);
                // a line passes a year this series has no value for; in a stack, a kind missing from a year is nought
                if (p.hasValue()) values.add(year.label() + " " + label(p));
                else if (spec.type() == ChartType.STACKED_BAR) values.add(year.label() + " 0");
            }
            if (!values.isEmpty()) sentences.add(s.name() + ": " + String.join(", ", values));
        }
        if (spec.series().isEmpty()) sentences.add(capitalised(words.noData()));
        StringBuilder text = new StringBuilder();
        for (String s : sentences) {
            if (s.isBlank()) continue;
            if (text.length() > 0) text.append(' ');
            text.append(sentence(s));
        }
        return text.toString();
    }

    /** The years in one state, said once for every series: "No session: 2020, 2021." */
    private static void said(ChartSpec spec, ChartCategory.State state, String word, List<String> sentences) {
        List<String> years = spec.categories().stream().filter(c -> c.state() == state).map(ChartCategory::label).toList();
        if (!years.isEmpty()) sentences.add(capitalised(word) + ": " + String.join(", ", years));
    }

    private static boolean hasValue(ChartSpec spec, int year) {
        return spec.series().stream().anyMatch(s -> s.points().get(year).hasValue());
    }

    /** A point's value as the chart labels it: "60+" for a lower bound. */
    private static String label(ChartPoint point) {
        return point.label() == null || point.label().isBlank() ? number(point.value()) : point.label();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    private static String capitalised(String s) {
        if (s.isEmpty()) return s;
        int first = s.offsetByCodePoints(0, 1);
        return s.substring(0, first).toUpperCase(java.util.Locale.ROOT) + s.substring(first);
    }

    private static String sentence(String s) {
        String t = s.strip();
        return ".。!?！？".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
    }
}
