package org.attache.core.search;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.attache.core.data.BundledDataset;
import org.attache.core.search.SearchHit.Range;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    private static final SearchIndex INDEX = SearchIndex.of(BundledDataset.load().dataset());

    @Test
    void findsAKnownFactAndMarksWhereTheWordIs() {
        Map<RecordType, List<SearchHit>> found = INDEX.search("Kumamoto", 10);
        SearchHit hit = found.get(RecordType.FACT).get(0);
        assertEquals("fact-kumamoto-2019", hit.id());
        assertFalse(hit.snippetMatches().isEmpty() && hit.titleMatches().isEmpty());
        Range r = hit.snippetMatches().isEmpty() ? hit.titleMatches().get(0) : hit.snippetMatches().get(0);
        String text = hit.snippetMatches().isEmpty() ? hit.title() : hit.snippet();
        assertEquals("kumamoto", text.substring(r.start(), r.end()).toLowerCase());
    }

    /** The names people type for a country find it first: "USA", "UK", "Turkey", "Holland". */
    @Test
    void otherNamesFindTheCountryFirst() {
        for (String[] pair : new String[][] {{"USA", "US"}, {"uk", "GB"}, {"Turkey", "TR"}, {"holland", "NL"},
                {"Ivory Coast", "CI"}, {"Burma", "MM"}}) {
            List<SearchHit> countries = INDEX.search(pair[0], 5).get(RecordType.COUNTRY);
            assertEquals(pair[1], countries.get(0).id(), pair[0]);
        }
    }

    @Test
    void ignoresCaseAndAccents() {
        SearchHit turkey = INDEX.search("turkiye", 5).get(RecordType.COUNTRY).get(0);
        assertEquals("TR", turkey.id());
        assertEquals(List.of(new Range(0, 7)), turkey.titleMatches(), "Türkiye is highlighted whole");
        assertEquals("AX", INDEX.search("ALAND", 5).get(RecordType.COUNTRY).get(0).id());
    }

    @Test
    void everyWordMustMatchAndTitlesComeFirst() {
        Map<RecordType, List<SearchHit>> found = INDEX.search("latvia", 20);
        assertEquals("LV", found.get(RecordType.COUNTRY).get(0).id());
        assertTrue(found.containsKey(RecordType.SOURCE), "the Latvian op-ed source");
        assertTrue(INDEX.search("latvia kumamoto", 20).isEmpty());
        List<SearchHit> both = INDEX.search("scam cambodia", 20).get(RecordType.FACT);
        assertTrue(both.stream().anyMatch(h -> h.id().equals("fact-scam-centres-uncovered")), both.toString());
        assertTrue(INDEX.search("scam cambodia belgium", 20).isEmpty());
    }

    @Test
    void groupsComeInAFixedOrderAndAreCapped() {
        Map<RecordType, List<SearchHit>> found = INDEX.search("interpol", 3);
        assertTrue(found.size() > 3);
        found.values().forEach(hits -> assertTrue(hits.size() <= 3));
        List<RecordType> order = List.copyOf(found.keySet());
        assertEquals(order.stream().sorted().toList(), order);
    }

    @Test
    void blankQueriesFindNothing() {
        assertTrue(INDEX.search("   ", 5).isEmpty());
        assertTrue(INDEX.search("zzqxj", 5).isEmpty());
    }
}
