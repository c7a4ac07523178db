package org.attache.core.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The whole campaign dataset: immutable lists of records plus lookups by id.
 * A class rather than a record only because it keeps its indexes beside the lists.
 */
public final class Dataset {
    public static final int SCHEMA_VERSION = 2;
    /** The oldest version still read; its files are read with {@code Version1Defaults} and can be migrated. */
    public static final int OLDEST_READABLE_VERSION = 1;

    private final String title;
    private final PartialDate updated;
    private final List<Source> sources;
    private final List<Assembly> assemblies;
    private final List<Country> countries;
    private final List<Organisation> organisations;
    private final List<Measure> measures;
    private final List<SupportAction> actions;
    private final List<Tally> tallies;
    private final List<Fact> facts;
    private final List<Ask> asks;
    private final List<TalkingPoint> talkingPoints;
    private final List<ConstitutionArticle> articles;
    private final List<Change> changes;
    private final Translations translations;

    private final Map<String, Source> sourcesById;
    private final Map<String, Assembly> assembliesById;
    private final Map<String, Country> countriesByCode;
    private final Map<String, Organisation> organisationsById;
    private final Map<String, Measure> measuresById;
    private final Map<String, Fact> factsById;

    public Dataset(String title, PartialDate updated, List<Source> sources, List<Assembly> assemblies,
                   List<Country> countries, List<Organisation> organisations, List<Measure> measures,
                   List<SupportAction> actions, List<Tally> tallies, List<Fact> facts, List<Ask> asks,
                   List<TalkingPoint> talkingPoints, List<ConstitutionArticle> articles) {
        this(title, updated, sources, assemblies, countries, organisations, measures, actions, tallies, facts, asks,
                talkingPoints, articles, List.of(), Translations.NONE);
    }

    /**
     * A dataset with its change log (who saved it, when, and what each save changed, oldest first) and its texts
     * in other languages.
     */
    public Dataset(String title, PartialDate updated, List<Source> sources, List<Assembly> assemblies,
                   List<Country> countries, List<Organisation> organisations, List<Measure> measures,
                   List<SupportAction> actions, List<Tally> tallies, List<Fact> facts, List<Ask> asks,
                   List<TalkingPoint> talkingPoints, List<ConstitutionArticle> articles, List<Change> changes,
                   Translations translations) {
        this.changes = Lists.copy(changes);
        this.translations = translations == null ? Translations.NONE : translations;
        this.title = title == null ? "Untitled dataset" : title;
        this.updated = updated;
        this.sources = Lists.copy(sources);
        this.assemblies = Lists.copy(assemblies).stream()
                .sorted(Comparator.comparingInt(Assembly::year)).toList();
        this.countries = Lists.copy(countries);
        this.organisations = Lists.copy(organisations);
        this.measures = Lists.copy(measures);
        this.actions = Lists.copy(actions);
        this.tallies = Lists.copy(tallies);
        this.facts = Lists.copy(facts);
        this.asks = Lists.copy(asks).stream().sorted(Comparator.comparingInt(Ask::order)).toList();
        this.talkingPoints = Lists.copy(talkingPoints);
        this.articles = Lists.copy(articles);
        this.sourcesById = index(this.sources, Source::id);
        this.assembliesById = index(this.assemblies, Assembly::id);
        this.countriesByCode = index(this.countries, Country::code);
        this.organisationsById = index(this.organisations, Organisation::id);
        this.measuresById = index(this.measures, Measure::id);
        this.factsById = index(this.facts, Fact::id);
    }

    private static <T> Map<String, T> index(List<T> records, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T record : records) map.putIfAbsent(id.apply(record), record);
        return Map.copyOf(map);
    }

    public String title() { return title; }
    public PartialDate updated() { return updated; }
    public List<Source> sources() { return sources; }
    /** Assemblies in year order. */
    public List<Assembly> assemblies() { return assemblies; }
    public List<Country> countries() { return countries; }
    public List<Organisation> organisations() { return organisations; }
    public List<Measure> measures() { return measures; }
    public List<SupportAction> actions() { return actions; }
    public List<Tally> tallies() { return tallies; }
    public List<Fact> facts() { return facts; }
    /** Asks in their presentation order. */
    public List<Ask> asks() { return asks; }
    public List<TalkingPoint> talkingPoints() { return talkingPoints; }
    public List<ConstitutionArticle> articles() { return articles; }
    public List<Change> changes() { return changes; }
    public Translations translations() { return translations; }

    /** This dataset with other translations, every record kept. */
    public Dataset withTranslations(Translations other) {
        return new Dataset(title, updated, sources, assemblies, countries, organisations, measures, actions, tallies,
                facts, asks, talkingPoints, articles, changes, other);
    }

    /** This dataset with one more entry at the end of its change log. */
    public Dataset withChange(Change change) {
        List<Change> more = new java.util.ArrayList<>(changes);
        more.add(change);
        return new Dataset(title, updated, sources, assemblies, countries, organisations, measures, actions, tallies,
                facts, asks, talkingPoints, articles, more, translations);
    }

    public Optional<Source> source(String id) { return Optional.ofNullable(sourcesById.get(id)); }
    public Optional<Assembly> assembly(String id) { return Optional.ofNullable(assembliesById.get(id)); }
    public Optional<Country> country(String code) { return Optional.ofNullable(countriesByCode.get(code)); }
    public Optional<Organisation> organisation(String id) { return Optional.ofNullable(organisationsById.get(id)); }
    public Optional<Measure> measure(String id) { return Optional.ofNullable(measuresById.get(id)); }
    public Optional<Fact> fact(String id) { return Optional.ofNullable(factsById.get(id)); }

    /** The assembly of the given year, held or not. */
    public Optional<Assembly> assemblyOfYear(int year) {
        return assemblies.stream().filter(a -> a.year() == year).findFirst();
    }

    /** The assembly an action belongs to: the one it names, else the one of its date's year. */
    public Optional<Assembly> assemblyOf(SupportAction action) {
        if (action.assembly() != null) return assembly(action.assembly());
        return assemblyOfYear(action.date().year());
    }

    /** Number of records of every type, named for people, in the order a summary lists them. */
    public Map<String, Integer> recordCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("sources", sources.size());
        counts.put("assemblies", assemblies.size());
        counts.put("countries", countries.size());
        counts.put("organisations", organisations.size());
        counts.put("measures", measures.size());
        counts.put("actions", actions.size());
        counts.put("tallies", tallies.size());
        counts.put("facts", facts.size());
        counts.put("asks", asks.size());
        counts.put("talking points", talkingPoints.size());
        counts.put("articles", articles.size());
        return counts;
    }

    /** Two datasets are equal when they hold the same title, date and records in the same order. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && title.equals(d.title) && java.util.Objects.equals(updated, d.updated)
                && lists().equals(d.lists()) && translations.equals(d.translations);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(title, updated, lists());
    }

    private List<List<?>> lists() {
        return List.of(sources, assemblies, countries, organisations, measures, actions, tallies, facts, asks,
                talkingPoints, articles, changes);
    }
}
