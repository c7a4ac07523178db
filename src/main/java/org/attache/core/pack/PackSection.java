package org.attache.core.pack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One section in a pack: whether it is printed, the user's notes for it, and its option values. */
public record PackSection(SectionKind kind, boolean included, String notes, Map<String, String> options) {
    public PackSection {
        if (kind == null) throw new IllegalArgumentException("a section needs a kind");
        included = included || kind.required();
        notes = notes == null ? "" : notes.strip();
        options = Map.copyOf(options);
    }

    public static PackSection of(SectionKind kind, boolean included) {
        return new PackSection(kind, included, "", Map.of());
    }

    /** The option's value, or its default when the user has not set it. */
    public String option(String key) {
        String value = options.get(key);
        return value != null ? value : kind.option(key).defaultValue();
    }

    /** A comma-separated option read as a list of ids. */
    public List<String> optionList(String key) {
        return java.util.Arrays.stream(option(key).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public PackSection withIncluded(boolean value) {
        return new PackSection(kind, value, notes, options);
    }

    public PackSection withNotes(String value) {
        return new PackSection(kind, included, value, options);
    }

    public PackSection withOption(String key, String value) {
        if (!kind.option(key).allows(value)) throw new IllegalArgumentException(value + " is not allowed for " + key);
        Map<String, String> copy = new LinkedHashMap<>(options);
        copy.put(key, value);
        return new PackSection(kind, included, notes, copy);
    }
}
