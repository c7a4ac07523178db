package org.attache.core.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.attache.core.analysis.SeriesPoint;
import org.attache.core.analysis.SupportSeries;
import org.attache.core.model.Assembly;
import org.attache.core.model.Measure;
import org.attache.core.model.Tally;

/**
 * What a series shows, written when the pack is made: the reported values of its main definition, the change
 * they prove (a "60+" proves only a floor), the years without a comparable figure, and the figures of other
 * definitions that are not compared. No trend is claimed that the values do not prove.
 */
final class SeriesSentence {
    private final BriefContext ctx;

    SeriesSentence(BriefContext ctx) {
        this.ctx = ctx;
    }

    record Claim(String text, List<String> sources) {
    }

    Optional<Claim> about(String measureId) {
        Optional<Measure> measure = ctx.dataset().measure(measureId);
        if (measure.isEmpty()) return Optional.empty();
        SupportSeries series = SupportSeries.of(ctx.dataset(), measure.get());
        List<SupportSeries.Definition> definitions = series.definitions();
        if (definitions.isEmpty()) return Optional.empty();
        SupportSeries.Definition main = definitions.stream()
                .max(Comparator.comparingLong(d -> d.values().size())).orElseThrow();
        List<SeriesPoint> values = main.values();
        List<String> sources = new ArrayList<>();

        List<String> items = new ArrayList<>();
        for (SeriesPoint p : values) {
            items.add(ctx.get("series.value", p.displayValue(), ctx.assemblyShort(p.assembly())));
            sources.addAll(p.sources());
        }
        StringBuilder text = new StringBuilder(ctx.get("series.reported", reporter(values),
                ctx.label(measure.get()).toLowerCase(ctx.pack().language().locale()), join(items)));
        SeriesPoint first = values.get(0);
        SeriesPoint last = values.get(values.size() - 1);
        switch (main.trend()) {
            case ROSE -> text.append(' ').append(ctx.get("series.rose", first.assembly().year(), last.assembly().year(),
                    first.displayValue(), last.displayValue()));
            case FELL -> text.append(' ').append(ctx.get("series.fell", first.assembly().year(), last.assembly().year(),
                    first.displayValue(), last.displayValue()));
            case SAME -> text.append(' ').append(ctx.get("series.same", first.assembly().year(), last.assembly().year()));
            case UNCLEAR -> text.append(' ').append(ctx.get("series.unclear"));
            case SINGLE -> { }
        }
        List<String> missing = yearsWithout(series, main);
        if (!missing.isEmpty()) text.append(' ').append(ctx.get("series.missing", join(missing)));
        for (SupportSeries.Definition other : definitions) {
            if (other == main) continue;
            for (SeriesPoint p : other.values()) {
                text.append(' ').append(ctx.get("series.other", p.assembly().year(), p.displayValue(),
                        p.tally().definition() == null ? ctx.label(measure.get())
                                : ctx.text("tallies", p.tally().id(), "definition", p.tally().definition())));
            }
        }
        return Optional.of(new Claim(text.toString(), sources));
    }

    /** Sessions from the first value to the last session with any tally at all, without a value of this definition. */
    private List<String> yearsWithout(SupportSeries series, SupportSeries.Definition main) {
        int firstYear = main.values().get(0).assembly().year();
        int lastReported = ctx.dataset().tallies().stream().map(Tally::assembly).map(ctx.dataset()::assembly)
                .flatMap(Optional::stream).mapToInt(Assembly::year).max().orElse(firstYear);
        List<String> years = new ArrayList<>();
        for (SeriesPoint p : main.points()) {
            Assembly a = p.assembly();
            if (a.held() && !p.hasValue() && a.year() > firstYear && a.year() <= lastReported) {
                years.add(Integer.toString(a.year()));
            }
        }
        return years;
    }

    /** "MOFA" when one body reported every value, otherwise the sources in general. */
    private String reporter(List<SeriesPoint> values) {
        List<String> by = values.stream().map(p -> p.tally().reportedBy()).distinct().toList();
        return by.size() == 1 && by.get(0) != null ? by.get(0) : ctx.get("series.sources");
    }

    /** "a", "a and b", "a, b and c". */
    private String join(List<String> items) {
        if (items.size() <= 1) return String.join("", items);
        return String.join(ctx.get("punct.comma"), items.subList(0, items.size() - 1)) + ctx.get("list.and")
                + items.get(items.size() - 1);
    }
}
