package org.attache.core.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
import org.attache.core.model.Tally;

/**
 * One of the lists of a dataset, as edits see it: its name in the file, what one record is called, how a record is
 * named in the Edit menu ("statement by Latvia's Minister of Foreign Affairs"), its id, and a dataset with the list
 * replaced.
 */
public final class RecordKind<T> {
    public static final RecordKind<Source> SOURCES = new RecordKind<>("sources", "source", Source.class,
            Dataset::sources, Source::id, s -> "\u201c" + s.title() + "\u201d");
    public static final RecordKind<Assembly> ASSEMBLIES = new RecordKind<>("assemblies", "assembly", Assembly.class,
            Dataset::assemblies, Assembly::id, Assembly::label);
    public static final RecordKind<Country> COUNTRIES = new RecordKind<>("countries", "country", Country.class,
            Dataset::countries, Country::code, Country::name);
    public static final RecordKind<Organisation> ORGANISATIONS = new RecordKind<>("organisations", "organisation",
            Organisation.class, Dataset::organisations, Organisation::id, Organisation::name);
    public static final RecordKind<Measure> MEASURES = new RecordKind<>("measures", "measure", Measure.class,
            Dataset::measures, Measure::id, m -> "\u201c" + m.label() + "\u201d");
    public static final RecordKind<SupportAction> ACTIONS = new RecordKind<>("actions", "support action",
            SupportAction.class, Dataset::actions, SupportAction::id,
            a -> a.actor() + ": " + a.kind().label().toLowerCase(java.util.Locale.ROOT));
    public static final RecordKind<Tally> TALLIES = new RecordKind<>("tallies", "tally", Tally.class, Dataset::tallies,
            Tally::id, t -> t.measure() + " at " + t.assembly() + ": " + (long) t.value() + (t.interim() ? " (interim)" : ""));
    public static final RecordKind<Fact> FACTS = new RecordKind<>("facts", "fact", Fact.class, Dataset::facts, Fact::id,
            f -> "\u201c" + f.title() + "\u201d");
    public static final RecordKind<Ask> ASKS = new RecordKind<>("asks", "ask", Ask.class, Dataset::asks, Ask::id,
            a -> "\u201c" + a.title() + "\u201d");
    public static final RecordKind<TalkingPoint> TALKING_POINTS = new RecordKind<>("talkingPoints", "talking point",
            TalkingPoint.class, Dataset::talkingPoints, TalkingPoint::id, p -> "\u201c" + p.title() + "\u201d");
    public static final RecordKind<ConstitutionArticle> ARTICLES = new RecordKind<>("articles", "article",
            ConstitutionArticle.class, Dataset::articles, ConstitutionArticle::id, a -> "Article " + a.number());

    public static final List<RecordKind<?>> ALL = List.of(SOURCES, ASSEMBLIES, COUNTRIES, ORGANISATIONS, MEASURES,
            ACTIONS, TALLIES, FACTS, ASKS, TALKING_POINTS, ARTICLES);

    private final String listName;
    private final String noun;
    private final Class<T> type;
    private final Function<Dataset, List<T>> list;
    private final Function<T, String> id;
    private final Function<T, String> title;

    private RecordKind(String listName, String noun, Class<T> type, Function<Dataset, List<T>> list,
                       Function<T, String> id, Function<T, String> title) {
        this.listName = listName;
        this.noun = noun;
        this.type = type;
        this.list = list;
        this.id = id;
        this.title = title;
    }

    /** The list's name in the dataset file: "actions". */
    public String listName() { return listName; }

    /** What several records are called: "support actions", "tallies". */
    public String listNameInWords() {
        return noun.endsWith("y") && !noun.endsWith("ey") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    }

    /** What one record is called: "support action". */
    public String noun() { return noun; }

    /** What a line of a list calls one record: "action" where a sentence says "support action". */
    public String shortNoun() { return this == ACTIONS ? "action" : noun; }

    public Class<T> type() { return type; }

    public List<T> of(Dataset d) { return list.apply(d); }

    public String idOf(T record) { return id.apply(record); }

    /** What the record is, in a few words: "Latvia", "94th General Assembly, Lyon, 2026", "“Safety for all”". */
    public String titleOf(T record) { return title.apply(record); }

    /**
     * How the record is named in a sentence such as the Edit menu's: "executive statement by the Minister of Foreign
     * Affairs", "source “Safety for all”", "country Latvia".
     */
    public String nameOf(T record) {
        if (record instanceof SupportAction a) return a.kind().label().toLowerCase(java.util.Locale.ROOT) + " by " + a.actor();
        return noun + " " + titleOf(record);
    }

    /** The kind whose list is called {@code listName} in the file ("actions"). */
    public static RecordKind<?> named(String listName) {
        for (RecordKind<?> k : ALL) if (k.listName.equals(listName)) return k;
        throw new IllegalArgumentException("no list " + listName);
    }

    /** The kind of a record, or null for anything else. */
    public static RecordKind<?> of(Object record) {
        for (RecordKind<?> k : ALL) if (k.type.isInstance(record)) return k;
        return null;
    }

    /** The record cast to this kind's type, for code that found the kind with {@link #of(Object)}. */
    public T cast(Object record) {
        return type.cast(record);
    }

    /** The dataset with this list replaced by {@code records}; every other list and field is kept. */
    public Dataset with(Dataset d, List<T> records) {
        List<List<?>> lists = new ArrayList<>();
        for (RecordKind<?> k : ALL) lists.add(k == this ? records : k.of(d));
        return rebuilt(d, lists);
    }

    @SuppressWarnings("unchecked")
    private static Dataset rebuilt(Dataset d, List<List<?>> l) {
        return new Dataset(d.title(), d.updated(), (List<Source>) l.get(0), (List<Assembly>) l.get(1),
                (List<Country>) l.get(2), (List<Organisation>) l.get(3), (List<Measure>) l.get(4),
                (List<SupportAction>) l.get(5), (List<Tally>) l.get(6), (List<Fact>) l.get(7), (List<Ask>) l.get(8),
                (List<TalkingPoint>) l.get(9), (List<ConstitutionArticle>) l.get(10), d.changes(), d.translations());
    }

    @Override
    public String toString() {
        return listName;
    }
}
