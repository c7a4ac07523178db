package org.attache.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.core.model.Assembly;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.model.SupportAction;
import org.attache.core.model.Tally;

/** A country's record assembly by assembly: every assembly year, with what it did (maybe nothing). */
public record CountryTimeline(Country country, List<AssemblyRecord> assemblies) {

    public CountryTimeline {
        assemblies = List.copyOf(assemblies);
    }

    public static CountryTimeline of(Dataset dataset, Country country) {
        return of(dataset, country, CountingRule.STANDARD);
    }

    public static CountryTimeline of(Dataset dataset, Country country, CountingRule rule) {
        Map<String, List<SupportAction>> counted = new HashMap<>();
        Map<String, List<SupportAction>> notCounted = new HashMap<>();
        for (SupportAction a : dataset.actions()) {
            if (!country.code().equals(a.country())) continue;
            Map<String, List<SupportAction>> target = rule.counts(a) ? counted : notCounted;
            dataset.assemblyOf(a).ifPresent(assembly ->
                    target.computeIfAbsent(assembly.id(), k -> new ArrayList<>()).add(a));
        }
        List<AssemblyRecord> records = new ArrayList<>();
        for (Assembly assembly : dataset.assemblies()) {
            List<SupportAction> own = counted.getOrDefault(assembly.id(), List.of());
            records.add(new AssemblyRecord(assembly, own, notCounted.getOrDefault(assembly.id(), List.of()),
                    coverage(dataset, country, assembly, !own.isEmpty())));
        }
        return new CountryTimeline(country, records);
    }

    /**
     * Acted when it has a counted action; recorded-none when a complete list of the allies that voiced support at
     * that assembly, in any form, leaves out this country although it was an ally then; otherwise nothing is known
     * either way. A list of only those that spoke, or only those that wrote, says nothing of the others.
     */
    private static Coverage coverage(Dataset dataset, Country country, Assembly assembly, boolean acted) {
        if (acted) return Coverage.ACTED;
        if (!assembly.held()) return Coverage.NO_SESSION;
        if (!wasAllyAt(country, assembly)) return Coverage.NOTHING_RECORDED;
        for (Tally t : dataset.tallies()) {
            if (!t.assembly().equals(assembly.id()) || !namesEveryCountry(t)) continue;
            boolean listsAllies = t.countries().stream().map(dataset::country)
                    .allMatch(c -> c.isPresent() && wasAllyAt(c.get(), assembly));
            if (listsAllies && !t.countries().contains(country.code())) return Coverage.RECORDED_NONE;
        }
        return Coverage.NOTHING_RECORDED;
    }

    private static boolean namesEveryCountry(Tally t) {
        return !t.interim() && !t.lowerBound() && t.definition() == null && !t.countries().isEmpty()
                && t.countries().size() == t.value();
    }

    /** Whether the country was a diplomatic ally when the assembly met (by its start date when known). */
    private static boolean wasAllyAt(Country country, Assembly assembly) {
        var ally = country.diplomaticAlly();
        if (ally == null) return false;
        if (assembly.startDate() == null) return ally.wasAllyIn(assembly.year());
        return (ally.since() == null || ally.since().compareTo(assembly.startDate()) <= 0)
                && (ally.until() == null || ally.until().compareTo(assembly.startDate()) > 0);
    }

    /** The number of actions that count as the country's own. */
    public int totalActions() {
        return assemblies.stream().mapToInt(AssemblyRecord::total).sum();
    }

    /** Whether the country has no counted action; it may still have records that are shown but not counted. */
    public boolean isEmpty() {
        return totalActions() == 0;
    }

    /** Whether the dataset holds any record of the country at all, counted or not. */
    public boolean hasRecords() {
        return assemblies.stream().anyMatch(AssemblyRecord::hasRecords);
    }

    /** The General Assemblies (sessions actually held) at which the country has a counted action. */
    public List<AssemblyRecord> sessionsWithActions() {
        return assemblies.stream().filter(r -> r.assembly().held() && r.total() > 0).toList();
    }

    /** Counted actions that fall in years without a session, such as a law passed in 2020. */
    public int actionsOutsideSessions() {
        return assemblies.stream().filter(r -> !r.assembly().held()).mapToInt(AssemblyRecord::total).sum();
    }

    /** The latest assembly year with a counted action, held or not. */
    public Optional<AssemblyRecord> latestWithActions() {
        List<AssemblyRecord> active = assemblies.stream().filter(r -> r.total() > 0).toList();
        return active.isEmpty() ? Optional.empty() : Optional.of(active.get(active.size() - 1));
    }

    /**
     * The latest General Assembly at which the dataset counts any country's act, if this country acted there too:
     * a country that spoke up last time can be asked to do so again.
     */
    public Optional<Assembly> actedAtLatestSession(Dataset dataset) {
        Optional<Assembly> latest = dataset.actions().stream().filter(CountingRule.STANDARD::counts)
                .map(dataset::assemblyOf).flatMap(Optional::stream).filter(Assembly::held)
                .max(java.util.Comparator.comparingInt(Assembly::year));
        return latest.filter(a -> assemblies.stream().anyMatch(r -> r.assembly().equals(a) && r.total() > 0));
    }

    /** Number of counted actions per country code, for every country with at least one. */
    public static Map<String, Integer> actionCounts(Dataset dataset) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SupportAction a : dataset.actions()) {
            if (a.country() != null && CountingRule.STANDARD.counts(a)) counts.merge(a.country(), 1, Integer::sum);
        }
        return counts;
    }
}
