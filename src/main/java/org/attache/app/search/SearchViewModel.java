package org.attache.app.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.attache.app.common.TaskRunner;
import org.attache.core.model.Dataset;
import org.attache.core.search.RecordDetails;
import org.attache.core.search.RecordType;
import org.attache.core.search.SearchHit;
import org.attache.core.search.SearchIndex;

/**
 * Search over the open dataset: the query, and its results as one list of group headings ({@link RecordType})
 * each followed by its hits. The index is built in the background when a dataset opens.
 */
public final class SearchViewModel {
    static final int PER_TYPE = 8;

    private final TaskRunner tasks;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Object> results = FXCollections.observableArrayList();
    private final Set<RecordType> expanded = EnumSet.noneOf(RecordType.class);
    private Dataset dataset;
    private SearchIndex index;

    public SearchViewModel(TaskRunner tasks) {
        this.tasks = tasks;
        query.addListener((o, a, q) -> {
            expanded.clear();
            search();
        });
    }

    public StringProperty queryProperty() { return query; }
    /** Group headings (RecordType) and hits (SearchHit), in the order shown. */
    public ObservableList<Object> results() { return results; }

    public void setDataset(Dataset dataset) {
        this.dataset = dataset;
        this.index = null;
        tasks.run(() -> SearchIndex.of(dataset), built -> {
            if (this.dataset == dataset) {
                index = built;
                search();
            }
        }, failure -> results.clear());
    }

    public boolean isReady() {
        return index != null;
    }

    /** The first hit, which Enter opens. */
    public Optional<SearchHit> first() {
        return results.stream().filter(r -> r instanceof SearchHit).map(SearchHit.class::cast).findFirst();
    }

    public Optional<RecordDetails> details(RecordType type, String id) {
        return dataset == null ? Optional.empty() : RecordDetails.of(dataset, type, id);
    }

    /** A group's heading in the results: its type and how many records of it match. */
    public record Group(RecordType type, int count) {
    }

    /** The line after a group cut short: choosing it shows the group's other hits. */
    public record ShowAll(RecordType type, int count) {
    }

    /** Shows every hit of one group, not only its first {@value #PER_TYPE}, until the query changes. */
    public void showAll(RecordType type) {
        expanded.add(type);
        search();
    }

    private void search() {
        if (index == null) {
            results.clear();
            return;
        }
        List<Object> flat = new ArrayList<>();
        for (Map.Entry<RecordType, List<SearchHit>> group : index.search(query.get(), Integer.MAX_VALUE).entrySet()) {
            List<SearchHit> hits = group.getValue();
            flat.add(new Group(group.getKey(), hits.size()));
            boolean all = expanded.contains(group.getKey()) || hits.size() <= PER_TYPE;
            flat.addAll(all ? hits : hits.subList(0, PER_TYPE));
            if (!all) flat.add(new ShowAll(group.getKey(), hits.size()));
        }
        results.setAll(flat);
    }
}
