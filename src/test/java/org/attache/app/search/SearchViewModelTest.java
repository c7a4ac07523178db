package org.attache.app.search;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.attache.app.common.DirectTasks;
import org.attache.core.data.BundledDataset;
import org.attache.core.search.RecordType;
import org.attache.core.search.SearchHit;
import org.junit.jupiter.api.Test;

/** Results come in groups with their counts; a long group shows its first hits and a line that shows them all. */
class SearchViewModelTest {

    private static List<SearchHit> hits(SearchViewModel model, RecordType type) {
        return model.results().stream().filter(r -> r instanceof SearchHit h && h.type() == type)
                .map(SearchHit.class::cast).toList();
    }

    @Test
    void aLongGroupIsCutShortWithALineThatShowsItAll() {
        SearchViewModel model = new SearchViewModel(DirectTasks.DIRECT);
        model.setDataset(BundledDataset.load().dataset());
        model.queryProperty().set("interpol");

        SearchViewModel.Group actions = model.results().stream().filter(r -> r instanceof SearchViewModel.Group g
                && g.type() == RecordType.ACTION).map(SearchViewModel.Group.class::cast).findFirst().orElseThrow();
        assertTrue(actions.count() > SearchViewModel.PER_TYPE, "many actions name INTERPOL: " + actions.count());
        assertEquals(SearchViewModel.PER_TYPE, hits(model, RecordType.ACTION).size());
        assertTrue(model.results().contains(new SearchViewModel.ShowAll(RecordType.ACTION, actions.count())));

        model.showAll(RecordType.ACTION);
        assertEquals(actions.count(), hits(model, RecordType.ACTION).size(), "every one, once asked");
        assertFalse(model.results().stream().anyMatch(r -> r instanceof SearchViewModel.ShowAll s && s.type() == RecordType.ACTION));

        model.queryProperty().set("interpol assembly");
        assertTrue(hits(model, RecordType.ACTION).size() <= SearchViewModel.PER_TYPE, "a new search starts short again");
    }
}
