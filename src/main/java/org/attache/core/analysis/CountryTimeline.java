package org.attache.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.core.model.Assembly;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.model.PartialDate;
import org.attache.core.model.SupportAction;

/** A country's record assembly by assembly: every assembly year, with the actions it took (maybe none). */
public record CountryTimeline(Country country, List<AssemblyRecord> assemblies) {
    private static final Comparator<SupportAction> BY_DATE = Comparator.comparing(SupportAction::date,
            Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()));

    public CountryTimeline {
        assemblies = List.copyOf(assemblies);
    }

    public static CountryTimeline of(Dataset dataset, Country country) {
        Map<String, List<SupportAction>> byAssembly = new HashMap<>();
        for (SupportAction a : dataset.actions()) {
            if (!country.code().equals(a.country())) continue;
            dataset.assemblyOf(a).ifPresent(assembly ->
                    byAssembly.computeIfAbsent(assembly.id(), k -> new ArrayList<>()).add(a));
        }
        List<AssemblyRecord> records = new ArrayList<>();
        for (Assembly assembly : dataset.assemblies()) {
            List<SupportAction> actions = byAssembly.getOrDefault(assembly.id(), List.of());
            records.add(new AssemblyRecord(assembly, actions.stream().sorted(BY_DATE).toList()));
        }
        return new CountryTimeline(country, records);
    }

    public int totalActions() {
        return assemblies.stream().mapToInt(AssemblyRecord::total).sum();
    }

    /** Whether the country has any recorded action; a country without one gets an honest empty state. */
    public boolean isEmpty() {
        return totalActions() == 0;
    }

    /** Number of recorded actions per country code, for every country with at least one. */
    public static Map<String, Integer> actionCounts(Dataset dataset) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SupportAction a : dataset.actions()) {
            if (a.country() != null) counts.merge(a.country(), 1, Integer::sum);
        }
        return counts;
    }
}
