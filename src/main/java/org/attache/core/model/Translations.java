package org.attache.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dataset's texts in other languages: for a language ("zh-Hant"), a list ("countries"), a record's id ("LV")
 * and one of its text fields ("name"), the text in that language ("拉脫維亞"). A text with no translation is
 * shown in English.
 */
public final class Translations {
    /** Traditional Chinese, as Taiwan writes it. */
    public static final String TRADITIONAL_CHINESE = "zh-Hant";
    /** The languages a dataset may give texts in, besides English. */
    public static final List<String> LANGUAGES = List.of(TRADITIONAL_CHINESE);
    /** The fields of each list that can be given in another language. */
    /** The list, and its one id, under which the dataset's own texts (its title) are translated. */
    public static final String DATASET = "dataset";
    public static final Map<String, List<String>> FIELDS = fields();
    public static final Translations NONE = new Translations(Map.of());

    private final Map<String, Map<String, Map<String, Map<String, String>>>> texts;

    /** language → list → record id → field → text. */
    public Translations(Map<String, Map<String, Map<String, Map<String, String>>>> texts) {
        this.texts = copy(texts);
    }

    private static Map<String, List<String>> fields() {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put(DATASET, List.of("title"));
        f.put("assemblies", List.of("city"));
        f.put("countries", List.of("name", "nameInSentence"));
        f.put("organisations", List.of("name"));
        f.put("measures", List.of("label", "unit", "description"));
        f.put("actions", List.of("actor", "actorRole", "summary"));
        f.put("tallies", List.of("reportedBy", "definition"));
        f.put("facts", List.of("title", "statement", "unit"));
        f.put("asks", List.of("title", "summary"));
        f.put("talkingPoints", List.of("title", "text", "objection"));
        f.put("articles", List.of("title", "text"));
        return java.util.Collections.unmodifiableMap(f);
    }

    /** The text in {@code language}, or null when none is given. */
    public String text(String language, String list, String id, String field) {
        return texts.getOrDefault(language, Map.of()).getOrDefault(list, Map.of()).getOrDefault(id, Map.of()).get(field);
    }

    /** Whether any of a record's texts is given in {@code language}. */
    public boolean has(String language, String list, String id) {
        return !of(language).getOrDefault(list, Map.of()).getOrDefault(id, Map.of()).isEmpty();
    }

    /** Every text given in a language: list → record id → field → text. */
    public Map<String, Map<String, Map<String, String>>> of(String language) {
        return texts.getOrDefault(language, Map.of());
    }

    public boolean isEmpty() {
        return texts.values().stream().allMatch(Map::isEmpty);
    }

    private static Map<String, Map<String, Map<String, Map<String, String>>>> copy(
            Map<String, Map<String, Map<String, Map<String, String>>>> texts) {
        Map<String, Map<String, Map<String, Map<String, String>>>> copy = new LinkedHashMap<>();
        texts.forEach((language, lists) -> {
            Map<String, Map<String, Map<String, String>>> l = new LinkedHashMap<>();
            lists.forEach((list, records) -> {
                Map<String, Map<String, String>> r = new LinkedHashMap<>();
                records.forEach((id, fields) -> r.put(id, Map.copyOf(fields)));
                l.put(list, java.util.Collections.unmodifiableMap(r));
            });
            copy.put(language, java.util.Collections.unmodifiableMap(l));
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Translations t && texts.equals(t.texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }

    @Override
    public String toString() {
        return texts.toString();
    }
}
