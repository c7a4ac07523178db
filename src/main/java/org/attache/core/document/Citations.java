package org.attache.core.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.core.document.SourceList.SourceNote;
import org.attache.core.model.Dataset;
import org.attache.core.model.Source;

/** Numbers sources in the order a document first cites them, so each number resolves to one source. */
public final class Citations {
    private final Dataset dataset;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    public Citations(Dataset dataset) {
        this.dataset = dataset;
    }

    /** The numbers of the given sources, assigning new ones as needed; ids the dataset lacks are skipped. */
    public List<Integer> cite(List<String> sourceIds) {
        List<Integer> result = new ArrayList<>();
        for (String id : sourceIds) {
            if (dataset.source(id).isEmpty()) continue;
            Integer n = numbers.computeIfAbsent(id, k -> numbers.size() + 1);
            if (!result.contains(n)) result.add(n);
        }
        result.sort(null);
        return result;
    }

    public boolean isEmpty() {
        return numbers.isEmpty();
    }

    /** Whether a cited source's title is our description rather than its headline. */
    public boolean citesDescribedTitles() {
        return numbers.keySet().stream().map(dataset::source)
                .anyMatch(s -> s.isPresent() && s.get().titleIsDescription());
    }

    /** Every cited source, numbered. */
    public List<SourceNote> notes() {
        return notes(s -> "");
    }

    /** Every cited source, numbered, each citation followed by what {@code after} says of its source. */
    List<SourceNote> notes(java.util.function.Function<Source, String> after) {
        List<SourceNote> notes = new ArrayList<>();
        for (Map.Entry<String, Integer> e : numbers.entrySet()) {
            Source s = dataset.source(e.getKey()).orElseThrow();
            notes.add(new SourceNote(e.getValue(), s.citation() + after.apply(s), s.url()));
        }
        return notes;
    }
}
