package org.attache.core.edit;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.attache.core.model.Assembly;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;

/**
 * What changed from one version of a dataset to the next, for a desk officer: every record added, changed or
 * removed, described, and grouped by country or by General Assembly in a fixed order: groups by country name or by
 * assembly year, the records of no country ({@link DiffGroup#GENERAL}) or no assembly ({@link DiffGroup#NO_ASSEMBLY})
 * last; within a group by kind of record (in the file's order of lists), then id.
 */
public final class DiffReport {
    private static final Comparator<DiffEntry> BY_KIND_THEN_ID =
            Comparator.comparingInt((DiffEntry e) -> RecordKind.ALL.indexOf(e.kind())).thenComparing(DiffEntry::id);

    private final DatasetDiff diff;
    private final List<DiffEntry> entries;

    private DiffReport(DatasetDiff diff, List<DiffEntry> entries) {
        this.diff = diff;
        this.entries = entries.stream().sorted(BY_KIND_THEN_ID).toList();
    }

    public static DiffReport between(Dataset before, Dataset after) {
        return of(DatasetDiff.between(before, after));
    }

    public static DiffReport of(DatasetDiff diff) {
        return new DiffReport(diff, diff.differences().stream().map(d -> entry(diff, d)).toList());
    }

    private static DiffEntry entry(DatasetDiff diff, DatasetDiff.Difference d) {
        Set<String> countries = new TreeSet<>();
        Set<String> assemblies = new TreeSet<>();
        if (d.before() != null) concerns(diff.before(), d.before(), countries, assemblies);
        if (d.after() != null) concerns(diff.after(), d.after(), countries, assemblies);
        Dataset where = d.after() != null ? diff.after() : diff.before();
        return new DiffEntry(d, RecordConcerns.description(where, d.record()), countries, assemblies);
    }

    private static void concerns(Dataset dataset, Object record, Set<String> countries, Set<String> assemblies) {
        countries.addAll(RecordConcerns.countries(dataset, record));
        String assembly = RecordConcerns.assembly(dataset, record);
        if (assembly != null) assemblies.add(assembly);
    }

    public DatasetDiff diff() {
        return diff;
    }

    /** Every record that differs, once, by kind then id. */
    public List<DiffEntry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public long count(DatasetDiff.Status status) {
        return entries.stream().filter(e -> e.status() == status).count();
    }

    /** "3 added, 2 changed, 1 removed": each record counted once, whatever the groups it is listed under. */
    public String summary() {
        return count(DatasetDiff.Status.ADDED) + " added, " + count(DatasetDiff.Status.CHANGED) + " changed, "
                + count(DatasetDiff.Status.REMOVED) + " removed";
    }

    /** Whether either version has a country with this code. */
    public boolean hasCountry(String code) {
        return diff.before().country(code).isPresent() || diff.after().country(code).isPresent();
    }

    /** The same report with only the records that concern the country {@code code} (in either version). */
    public DiffReport concerning(String code) {
        return new DiffReport(diff, entries.stream().filter(e -> e.countries().contains(code)).toList());
    }

    public List<DiffGroup> groups(DiffGrouping by) {
        return by == DiffGrouping.COUNTRY ? byCountry() : byAssembly();
    }

    private List<DiffGroup> byCountry() {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        Comparator<DiffGroup> order = Comparator.comparing(DiffGroup::name, collator).thenComparing(DiffGroup::key);
        return grouped(DiffEntry::countries, code -> named(code, Country::name, Dataset::country), order,
                DiffGroup.GENERAL);
    }

    private List<DiffGroup> byAssembly() {
        // an assembly neither version has (a broken reference) goes after those that are known
        Comparator<DiffGroup> order = Comparator.comparing((DiffGroup g) -> assembly(g.key()).map(Assembly::year)
                .orElse(Integer.MAX_VALUE)).thenComparing(DiffGroup::key);
        return grouped(DiffEntry::assemblies, id -> named(id, Assembly::label, Dataset::assembly), order,
                DiffGroup.NO_ASSEMBLY);
    }

    private List<DiffGroup> grouped(Function<DiffEntry, Set<String>> keys, Function<String, String> name,
                                    Comparator<DiffGroup> order, String rest) {
        Map<String, List<DiffEntry>> byKey = new LinkedHashMap<>();
        List<DiffEntry> none = new ArrayList<>();
        for (DiffEntry e : entries) {
            if (keys.apply(e).isEmpty()) none.add(e);
            for (String key : keys.apply(e)) byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        List<DiffGroup> groups = new ArrayList<>();
        byKey.forEach((key, list) -> groups.add(new DiffGroup(key, name.apply(key), list)));
        groups.sort(order);
        if (!none.isEmpty()) groups.add(new DiffGroup(null, rest, none));
        return groups;
    }

    private Optional<Assembly> assembly(String id) {
        return diff.after().assembly(id).or(() -> diff.before().assembly(id));
    }

    /** The name the newer version gives, else the older's, else the key itself. */
    private <T> String named(String key, Function<T, String> name, BiFunction<Dataset, String, Optional<T>> find) {
        return find.apply(diff.after(), key).or(() -> find.apply(diff.before(), key)).map(name).orElse(key);
    }
}
