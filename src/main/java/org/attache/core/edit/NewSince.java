package org.attache.core.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.core.model.Assembly;
import org.attache.core.model.Dataset;
import org.attache.core.model.Fact;
import org.attache.core.model.PartialDate;
import org.attache.core.model.SupportAction;
import org.attache.core.model.Tally;

/**
 * A country's records that are new since a point a desk officer chooses: those added or changed since an earlier
 * version of the dataset (as {@link DiffReport#concerning} finds them), or those dated after the last General
 * Assembly before a day. Records removed since are only counted, never listed: a brief does not repeat withdrawn
 * claims. A record that cites no source is only counted too, as every line of a brief must be sourced.
 */
public record NewSince(List<Item> items, int withdrawn, int unsourced) {

    /**
     * One record to list: its kind and id, the record as it is now, its date (or null), its sources, and for a
     * changed record the fields that changed (empty for a record that is new, or dated after the assembly).
     */
    public record Item(RecordKind<?> kind, String id, Object record, PartialDate date, List<String> sources,
                       boolean changed, List<String> fields, String description) {
        public Item {
            sources = List.copyOf(sources);
            fields = List.copyOf(fields);
        }
    }

    public NewSince {
        items = List.copyOf(items);
    }

    /** This country's records added or changed from {@code earlier} to {@code current}. */
    public static NewSince between(Dataset earlier, Dataset current, String country) {
        DiffReport report = DiffReport.between(earlier, current).concerning(country);
        List<Item> items = new ArrayList<>();
        int withdrawn = 0;
        int unsourced = 0;
        for (DiffEntry entry : report.entries()) {
            DatasetDiff.Difference d = entry.difference();
            // a record moved to another country is, for this one, withdrawn
            if (d.status() == DatasetDiff.Status.REMOVED
                    || !RecordConcerns.countries(current, d.after()).contains(country)) {
                withdrawn++;
                continue;
            }
            Object record = d.after();
            List<String> sources = SourceUses.sourcesOf(record);
            if (sources.isEmpty()) {
                unsourced++;
                continue;
            }
            boolean changed = d.status() == DatasetDiff.Status.CHANGED;
            items.add(new Item(d.kind(), d.id(), record, dateOf(record), sources, changed,
                    changed ? fieldNames(d.fields()) : List.of(), entry.description()));
        }
        return new NewSince(items, withdrawn, unsourced);
    }

    /**
     * This country's records dated after {@code assembly} ended. A record whose date is only a year or a month is
     * listed only when the whole of that year or month is after the assembly, so nothing is called new that may not be.
     */
    public static NewSince after(Dataset current, Assembly assembly, String country) {
        LocalDate end = lastDay(assembly);
        List<Item> items = new ArrayList<>();
        int unsourced = 0;
        for (RecordKind<?> kind : RecordKind.ALL) {
            for (Object record : kind.of(current)) {
                if (!RecordConcerns.countries(current, record).contains(country)) continue;
                PartialDate date = dateOf(record);
                if (date == null || !firstDay(date).isAfter(end)) continue;
                List<String> sources = SourceUses.sourcesOf(record);
                if (sources.isEmpty()) {
                    unsourced++;
                    continue;
                }
                items.add(new Item(kind, id(kind, record), record, date, sources, false, List.of(),
                        RecordConcerns.description(current, record)));
            }
        }
        items.sort(java.util.Comparator.comparing(Item::date));
        return new NewSince(items, 0, unsourced);
    }

    /**
     * The last General Assembly held that had ended before {@code today}, by its dates; one whose dates the dataset
     * does not give counts only once its whole year is past.
     */
    public static Optional<Assembly> lastAssemblyBefore(Dataset dataset, LocalDate today) {
        Assembly last = null;
        for (Assembly a : dataset.assemblies()) {
            if (!a.held()) continue;
            if (lastDay(a).isBefore(today)) last = a;
        }
        return Optional.ofNullable(last);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    private static <T> String id(RecordKind<T> kind, Object record) {
        return kind.idOf(kind.cast(record));
    }

    /** The last day the assembly may have lasted: its end date, else its start date, else the end of its year. */
    private static LocalDate lastDay(Assembly a) {
        PartialDate d = a.endDate() != null ? a.endDate() : a.startDate();
        if (d == null) return LocalDate.of(a.year(), 12, 31);
        if (d.day() > 0) return LocalDate.of(d.year(), d.month(), d.day());
        if (d.month() > 0) return java.time.YearMonth.of(d.year(), d.month()).atEndOfMonth();
        return LocalDate.of(d.year(), 12, 31);
    }

    private static LocalDate firstDay(PartialDate d) {
        return LocalDate.of(d.year(), Math.max(d.month(), 1), Math.max(d.day(), 1));
    }

    /** The top-level fields that changed, once each, in order: "evidence.confidence" is a change of "evidence". */
    private static List<String> fieldNames(List<DatasetDiff.FieldChange> changes) {
        Set<String> names = new LinkedHashSet<>();
        for (DatasetDiff.FieldChange c : changes) {
            int dot = c.field().indexOf('.');
            names.add(dot < 0 ? c.field() : c.field().substring(0, dot));
        }
        return List.copyOf(names);
    }

    /** The date a record carries, or null for the kinds that carry none. */
    static PartialDate dateOf(Object record) {
        if (record instanceof SupportAction a) return a.date();
        if (record instanceof Fact f) return f.date();
        if (record instanceof Tally t) return t.date();
        return null;
    }
}
