package org.attache.core.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.core.data.json.JsonPath;
import org.attache.core.data.json.JsonValue;
import org.attache.core.data.json.JsonValue.JsonObject;
import org.attache.core.model.Translations;

/** Reads a dataset's {@code translations}: the texts of its records in other languages. */
final class TranslationsReader {
    private final Problems problems;

    TranslationsReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * The texts in other languages: {"zh-Hant": {"countries": {"LV": {"name": "拉脫維亞"}}}}. Only the languages
     * and, for each list, the fields of {@link Translations#FIELDS} are taken; anything else is an error at its
     * place. Whether each record exists is the validator's to check.
     */
    Translations read(RecordFields top) {
        RecordFields all = top.object("translations");
        if (all == null) return Translations.NONE;
        Map<String, Map<String, Map<String, Map<String, String>>>> texts = new LinkedHashMap<>();
        for (var language : all.object().members().entrySet()) {
            JsonPath languagePath = all.path().member(language.getKey());
            if (!Translations.LANGUAGES.contains(language.getKey())) {
                problems.error(language.getValue(), languagePath, "translations are given in "
                        + String.join(", ", Translations.LANGUAGES) + ", not " + Printable.quote(language.getKey()));
                continue;
            }
            all.markRead(language.getKey());
            Map<String, Map<String, Map<String, String>>> lists = new LinkedHashMap<>();
            for (var list : members(language.getValue(), languagePath)) {
                JsonPath listPath = languagePath.member(list.getKey());
                List<String> fields = Translations.FIELDS.get(list.getKey());
                if (fields == null) {
                    problems.error(list.getValue(), listPath, "no texts of \"" + list.getKey() + "\" are translated; the "
                            + "lists that are: " + String.join(", ", Translations.FIELDS.keySet()));
                    continue;
                }
                Map<String, Map<String, String>> records = new LinkedHashMap<>();
                for (var record : members(list.getValue(), listPath)) {
                    JsonPath recordPath = listPath.member(record.getKey());
                    Map<String, String> texts2 = new LinkedHashMap<>();
                    for (var field : members(record.getValue(), recordPath)) {
                        JsonPath fieldPath = recordPath.member(field.getKey());
                        if (!fields.contains(field.getKey())) {
                            problems.error(field.getValue(), fieldPath, "\"" + field.getKey() + "\" of " + list.getKey()
                                    + " is not translated; these are: " + String.join(", ", fields));
                        } else if (!(field.getValue() instanceof JsonValue.JsonString text) || text.value().isBlank()) {
                            problems.error(field.getValue(), fieldPath, "a translation is text, not " + field.getValue().describe());
                        } else {
                            texts2.put(field.getKey(), text.value());
                        }
                    }
                    records.put(record.getKey(), texts2);
                }
                lists.put(list.getKey(), records);
            }
            texts.put(language.getKey(), lists);
        }
        all.warnUnknownFields();
        return new Translations(texts);
    }

    /** The members of an object, or none (and an error) when the value is not an object. */
    private java.util.Collection<Map.Entry<String, JsonValue>> members(JsonValue value, JsonPath path) {
        if (value instanceof JsonObject object) return object.members().entrySet();
        problems.error(value, path, "this should be an object, not " + value.describe());
        return List.of();
    }
}
