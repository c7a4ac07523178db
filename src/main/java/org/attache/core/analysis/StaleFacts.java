package org.attache.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.attache.core.model.Assembly;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.model.Fact;
import org.attache.core.model.FactKind;
import org.attache.core.model.PartialDate;
import org.attache.core.model.Source;
import org.attache.core.model.SupportAction;
import org.attache.core.model.Tally;

/**
 * What a desk officer should not repeat as current: a country silent at the last two General Assemblies, a source
 * older than a chosen age, a figure the dataset itself shows to be replaced. "Today" is always given, never read.
 * <p>
 * A figure is replaced only where the data says so: an interim tally by the final tally of the same measure at the
 * same assembly; a fact's figure by another fact that is a standing figure (capability or context, never a one-off
 * case or event), of the same kind and category, citing a source in common, with the same unit once its numbers are
 * set aside ("rank among 146 countries", "rank among 147 countries"), and dated later at the precision both give, but
 * not after today.
 */
public final class StaleFacts {
    /** The source age a pack flags unless told otherwise, in years. */
    public static final int DEFAULT_SOURCE_AGE = 5;

    /** A country with no counted action at the last two General Assemblies; {@code lastYear} is null when it never acted. */
    public record Quiet(String country, Integer lastYear, List<Assembly> missed) {
        public Quiet {
            missed = List.copyOf(missed);
        }
    }

    /** A source a country's records cite, dated before the chosen age. */
    public record OldSource(String country, String source, int year) {
    }

    /** A figure (fact or tally, by id) that a later record of the same measure replaces. */
    public record Replaced(String record, String replacedBy) {
    }

    /** Every flag of one country. */
    public record CountryFlags(String country, Optional<Quiet> quiet, List<OldSource> oldSources, List<Replaced> replaced) {
        public CountryFlags {
            oldSources = List.copyOf(oldSources);
            replaced = List.copyOf(replaced);
        }

        public boolean isEmpty() {
            return quiet.isEmpty() && oldSources.isEmpty() && replaced.isEmpty();
        }
    }

    private final Dataset dataset;
    private final LocalDate today;
    private final int sourceAge;

    public StaleFacts(Dataset dataset, LocalDate today, int sourceAge) {
        if (sourceAge < 1) throw new IllegalArgumentException("a source age is at least a year: " + sourceAge);
        this.dataset = dataset;
        this.today = today;
        this.sourceAge = sourceAge;
    }

    public int sourceAge() {
        return sourceAge;
    }

    /** The flags of every country, in the dataset's order, leaving out those with none. */
    public List<CountryFlags> all() {
        return dataset.countries().stream().map(this::of).filter(f -> !f.isEmpty()).toList();
    }

    public CountryFlags of(Country country) {
        return new CountryFlags(country.code(), quiet(country), oldSources(country), replacedFor(country));
    }

    /** The last two General Assemblies held before today, older first; fewer when the dataset has fewer. */
    public List<Assembly> lastTwoAssemblies() {
        List<Assembly> held = dataset.assemblies().stream().filter(Assembly::held).filter(this::heldBeforeToday)
                .sorted(Comparator.comparingInt(Assembly::year)).toList();
        return held.subList(Math.max(0, held.size() - 2), held.size());
    }

    /** By its start date; without one, only a year already over is surely past. */
    private boolean heldBeforeToday(Assembly a) {
        if (a.startDate() == null) return a.year() < today.getYear();
        return latestDay(a.startDate()).isBefore(today);
    }

    public Optional<Quiet> quiet(Country country) {
        List<Assembly> lastTwo = lastTwoAssemblies();
        if (lastTwo.size() < 2) return Optional.empty();
        int since = lastTwo.get(0).year();
        CountryTimeline timeline = CountryTimeline.of(dataset, country);
        boolean actedSince = timeline.assemblies().stream()
                .anyMatch(r -> r.total() > 0 && r.assembly().year() >= since && r.assembly().year() <= today.getYear());
        if (actedSince) return Optional.empty();
        Integer last = timeline.assemblies().stream().filter(r -> r.total() > 0 && r.assembly().year() < since)
                .map(r -> r.assembly().year()).reduce((a, b) -> b).orElse(null);
        return Optional.of(new Quiet(country.code(), last, lastTwo));
    }

    /**
     * Whether a source is dated before today less the age, however late in its year or month it was written; a text
     * in force never is.
     */
    public boolean isOld(Source source) {
        return !source.inForce() && source.date() != null && latestDay(source.date()).isBefore(today.minusYears(sourceAge));
    }

    /** The old sources among those the country's own records cite: the country, its actions, the facts naming it. */
    public List<OldSource> oldSources(Country country) {
        Set<String> ids = new LinkedHashSet<>(country.sources());
        for (SupportAction a : dataset.actions()) if (country.code().equals(a.country())) ids.addAll(a.sources());
        for (Fact f : dataset.facts()) if (f.countries().contains(country.code())) ids.addAll(f.sources());
        List<OldSource> old = new ArrayList<>();
        for (String id : ids) {
            dataset.source(id).filter(this::isOld).ifPresent(s -> old.add(new OldSource(country.code(), id, s.date().year())));
        }
        return old;
    }

    /** The replaced figures a country's pack prints: every standing figure, and the facts naming the country. */
    private List<Replaced> replacedFor(Country country) {
        return replacedFacts().stream().filter(r -> dataset.fact(r.record())
                .filter(f -> standing(f) || f.countries().contains(country.code())).isPresent()).toList();
    }

    /** Every replaced figure in the dataset: facts first, then tallies. */
    public List<Replaced> replaced() {
        List<Replaced> all = new ArrayList<>(replacedFacts());
        for (Tally t : dataset.tallies()) {
            if (!t.interim()) continue;
            dataset.tallies().stream().filter(f -> !f.interim() && f.measure().equals(t.measure())
                            && f.assembly().equals(t.assembly()) && notEarlier(f.date(), t.date()))
                    .findFirst().ifPresent(f -> all.add(new Replaced(t.id(), f.id())));
        }
        return all;
    }

    /** The newest fact replacing this one's figure, if any. */
    public Optional<Fact> replacement(Fact fact) {
        if (!standing(fact) || fact.figure() == null || fact.date() == null) return Optional.empty();
        return dataset.facts().stream().filter(newer -> replaces(newer, fact) && !earliestDay(newer.date()).isAfter(today))
                .max(Comparator.comparing(Fact::date));
    }

    private List<Replaced> replacedFacts() {
        List<Replaced> all = new ArrayList<>();
        for (Fact f : dataset.facts()) replacement(f).ifPresent(newer -> all.add(new Replaced(f.id(), newer.id())));
        return all;
    }

    private static boolean replaces(Fact newer, Fact older) {
        return newer != older && newer.figure() != null && newer.date() != null && newer.kind() == older.kind()
                && newer.category() != null && newer.category().equals(older.category())
                && unitWithoutNumbers(newer).equals(unitWithoutNumbers(older))
                && newer.sources().stream().anyMatch(older.sources()::contains)
                && later(newer.date(), older.date());
    }

    /** A capability or background figure stands until measured again; a case or an event happened once. */
    private static boolean standing(Fact f) {
        return f.kind() == FactKind.CAPABILITY || f.kind() == FactKind.CONTEXT;
    }

    private static String unitWithoutNumbers(Fact f) {
        return f.figure().unit().replaceAll("[0-9][0-9,.]*", "#").strip();
    }

    /** Later at the precision both dates give: 2025-05 is not later than 2025, nor 2025 than 2025-05. */
    static boolean later(PartialDate a, PartialDate b) {
        if (a.year() != b.year()) return a.year() > b.year();
        if (a.month() == 0 || b.month() == 0 || a.month() != b.month()) return a.month() != 0 && b.month() != 0 && a.month() > b.month();
        return a.day() != 0 && b.day() != 0 && a.day() > b.day();
    }

    private static boolean notEarlier(PartialDate a, PartialDate b) {
        return a == null || b == null || !later(b, a);
    }

    private static LocalDate earliestDay(PartialDate d) {
        return LocalDate.of(d.year(), Math.max(1, d.month()), Math.max(1, d.day()));
    }

    private static LocalDate latestDay(PartialDate d) {
        if (d.month() == 0) return LocalDate.of(d.year(), 12, 31);
        if (d.day() == 0) return LocalDate.of(d.year(), d.month(), 1).plusMonths(1).minusDays(1);
        return LocalDate.of(d.year(), d.month(), d.day());
    }
}
