package org.attache.core.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.attache.core.model.Ask;
import org.attache.core.model.Assembly;
import org.attache.core.model.ConstitutionArticle;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.model.Fact;
import org.attache.core.model.Measure;
import org.attache.core.model.Organisation;
import org.attache.core.model.Source;
import org.attache.core.model.SupportAction;
import org.attache.core.model.TalkingPoint;
import org.attache.core.search.SearchHit.Range;

/**
 * Full-text search over every record of a dataset. Every word of the query must appear (in any field); words
 * in a title count more than words in the text, and a query that is a record's whole other name ("USA",
 * "Holland") counts as much as its title. Case and accents are ignored.
 */
public final class SearchIndex {
    private static final int SNIPPET_BEFORE = 50;
    private static final int SNIPPET_LENGTH = 160;

    /** One record's searchable text: its title and its other fields, each kept apart for snippets. */
    private record Entry(RecordType type, String id, String title, String foldedTitle, List<String> fields,
                         List<String> foldedFields) {
    }

    private final List<Entry> entries = new ArrayList<>();

    private SearchIndex() {
    }

    public static SearchIndex of(Dataset dataset) {
        SearchIndex index = new SearchIndex();
        for (Country c : dataset.countries()) {
            List<String> fields = new ArrayList<>(CountryAliases.of(c.code()));
            fields.add(c.code());
            if (c.subregion() != null) fields.add(c.subregion());
            index.add(RecordType.COUNTRY, c.code(), c.name(), fields.toArray(String[]::new));
        }
        for (Fact f : dataset.facts()) index.add(RecordType.FACT, f.id(), f.title(), f.statement(), f.note());
        for (TalkingPoint t : dataset.talkingPoints()) {
            index.add(RecordType.TALKING_POINT, t.id(), t.title() == null ? t.id() : t.title(), t.text());
        }
        for (Ask a : dataset.asks()) index.add(RecordType.ASK, a.id(), a.title(), a.summary());
        for (SupportAction a : dataset.actions()) {
            String who = a.country() != null ? dataset.country(a.country()).map(Country::name).orElse(a.country())
                    : dataset.organisation(a.organisation()).map(Organisation::name).orElse(a.organisation());
            String title = who + (a.actor() == null ? "" : ": " + a.actor());
            index.add(RecordType.ACTION, a.id(), title, a.summary(), a.actorRole(), a.quote(), a.note());
        }
        for (Assembly a : dataset.assemblies()) index.add(RecordType.ASSEMBLY, a.id(), a.label(), a.note());
        for (Organisation o : dataset.organisations()) index.add(RecordType.ORGANISATION, o.id(), o.name(), o.note());
        for (Measure m : dataset.measures()) index.add(RecordType.MEASURE, m.id(), m.label(), m.description());
        for (ConstitutionArticle a : dataset.articles()) {
            index.add(RecordType.ARTICLE, a.id(), a.title() == null ? "Article " + a.number() : a.title(), a.text());
        }
        for (Source s : dataset.sources()) index.add(RecordType.SOURCE, s.id(), s.title(), s.publisher(), s.author(), s.url(), s.note());
        return index;
    }

    private void add(RecordType type, String id, String title, String... fields) {
        List<String> kept = Arrays.stream(fields).filter(f -> f != null && !f.isBlank()).toList();
        entries.add(new Entry(type, id, title, Folding.fold(title), kept, kept.stream().map(Folding::fold).toList()));
    }

    /** The records matching every word of {@code query}, grouped by type, best first, at most {@code perType} each. */
    public Map<RecordType, List<SearchHit>> search(String query, int perType) {
        List<String> terms = Arrays.stream(Folding.fold(query).split("\\s+")).filter(t -> !t.isEmpty()).toList();
        Map<RecordType, List<SearchHit>> groups = new EnumMap<>(RecordType.class);
        if (terms.isEmpty()) return groups;
        for (Entry e : entries) {
            SearchHit hit = match(e, terms);
            if (hit != null) groups.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(hit);
        }
        groups.replaceAll((type, hits) -> hits.stream()
                .sorted(Comparator.comparingInt(SearchHit::score).reversed().thenComparing(SearchHit::title))
                .limit(perType).toList());
        return groups;
    }

    private static SearchHit match(Entry e, List<String> terms) {
        String whole = String.join(" ", terms);
        int score = e.foldedFields().contains(whole) && !e.foldedTitle().contains(whole) ? 100 : 0;
        int firstField = -1;
        int firstAt = -1;
        for (String term : terms) {
            int inTitle = e.foldedTitle().indexOf(term);
            if (inTitle >= 0) {
                score += e.foldedTitle().equals(term) || e.id().equalsIgnoreCase(term) ? 100
                        : inTitle == 0 ? 30 : startsWord(e.foldedTitle(), inTitle) ? 20 : 10;
                continue;
            }
            boolean found = false;
            for (int f = 0; f < e.foldedFields().size() && !found; f++) {
                int at = e.foldedFields().get(f).indexOf(term);
                if (at >= 0) {
                    found = true;
                    score += 1;
                    if (firstField < 0) {
                        firstField = f;
                        firstAt = at;
                    }
                }
            }
            if (!found) return null;
        }
        String snippet = "";
        if (firstField < 0 && !e.fields().isEmpty()) firstField = 0;
        if (firstField >= 0) {
            String field = e.fields().get(firstField);
            int start = Math.max(0, Math.max(firstAt, 0) - SNIPPET_BEFORE);
            int end = Math.min(field.length(), start + SNIPPET_LENGTH);
            snippet = (start > 0 ? "\u2026" : "") + field.substring(start, end) + (end < field.length() ? "\u2026" : "");
        }
        return new SearchHit(e.type(), e.id(), e.title(), ranges(e.foldedTitle(), terms), snippet,
                ranges(Folding.fold(snippet), terms), score);
    }

    private static boolean startsWord(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }

    /** Where each term occurs in {@code folded}, merged and in order. */
    private static List<Range> ranges(String folded, List<String> terms) {
        List<Range> ranges = new ArrayList<>();
        for (String term : terms) {
            for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length())) {
                ranges.add(new Range(at, at + term.length()));
            }
        }
        ranges.sort(Comparator.comparingInt(Range::start));
        List<Range> merged = new ArrayList<>();
        for (Range r : ranges) {
            if (!merged.isEmpty() && r.start() <= merged.get(merged.size() - 1).end()) {
                Range last = merged.remove(merged.size() - 1);
                merged.add(new Range(last.start(), Math.max(last.end(), r.end())));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }
}
