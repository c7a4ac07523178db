package org.attache.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.attache.core.model.Dataset;
import org.attache.core.model.Translations;

/**
 * How much of a dataset has its texts in a language: for each translatable field of each list, how many of the
 * records that have the field in English also have it in that language ("countries.name: 249 of 249").
 */
public final class TranslationCoverage {

    /** One field of one list: how many of its texts are translated, of how many there are. */
    public record Line(String list, String field, int translated, int total) {
        public boolean complete() {
            return translated == total;
        }

        @Override
        public String toString() {
            return list + "." + field + ": " + translated + " of " + total;
        }
    }

    private TranslationCoverage() {
    }

    public static List<Line> of(Dataset d, String language) {
        List<Line> lines = new ArrayList<>();
        Map<String, Map<String, Map<String, String>>> given = d.translations().of(language);
        add(lines, given, Translations.DATASET, List.of(d), x -> Translations.DATASET, Map.of("title", x -> x.title()));
        add(lines, given, "assemblies", d.assemblies(), a -> a.id(), Map.of("city", a -> a.city()));
        add(lines, given, "countries", d.countries(), c -> c.code(), Map.of("name", c -> c.name()));
        add(lines, given, "organisations", d.organisations(), o -> o.id(), Map.of("name", o -> o.name()));
        add(lines, given, "measures", d.measures(), m -> m.id(), Map.of("label", m -> m.label(), "unit", m -> m.unit(),
                "description", m -> m.description()));
        add(lines, given, "actions", d.actions(), a -> a.id(), Map.of("actor", a -> a.actor(), "summary", a -> a.summary()));
        add(lines, given, "tallies", d.tallies(), t -> t.id(), Map.of("reportedBy", t -> t.reportedBy()));
        add(lines, given, "facts", d.facts(), f -> f.id(), Map.of("title", f -> f.title(), "statement", f -> f.statement(),
                "unit", f -> f.figure() == null ? null : f.figure().unit()));
        add(lines, given, "asks", d.asks(), a -> a.id(), Map.of("title", a -> a.title(), "summary", a -> a.summary()));
        add(lines, given, "talkingPoints", d.talkingPoints(), p -> p.id(), Map.of("title", p -> p.title(),
                "text", p -> p.text()));
        add(lines, given, "articles", d.articles(), a -> a.id(), Map.of("title", a -> a.title(), "text", a -> a.text()));
        return lines;
    }

    private static <T> void add(List<Line> lines, Map<String, Map<String, Map<String, String>>> given, String list,
                                List<T> records, Function<T, String> id, Map<String, Function<T, String>> fields) {
        for (String field : Translations.FIELDS.get(list)) {
            Function<T, String> english = fields.get(field);
            if (english == null) continue;
            int total = 0;
            int translated = 0;
            for (T r : records) {
                String text = english.apply(r);
                if (text == null || text.isBlank()) continue;
                total++;
                if (given.getOrDefault(list, Map.of()).getOrDefault(id.apply(r), Map.of()).containsKey(field)) translated++;
            }
            if (total > 0) lines.add(new Line(list, field, translated, total));
        }
    }
}
