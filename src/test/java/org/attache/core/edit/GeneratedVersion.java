package org.attache.core.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.attache.core.model.ActionKind;
import org.attache.core.model.Assembly;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.model.Fact;
import org.attache.core.model.Figure;
import org.attache.core.model.Organisation;
import org.attache.core.model.PartialDate;
import org.attache.core.model.Source;
import org.attache.core.model.SupportAction;
import org.attache.core.model.Tally;
import org.attache.core.model.TalkingPoint;

/**
 * A newer version of a dataset made by seeded random edits, each one checked as a file is (so the version is
 * valid), with what a diff must then find: each record added, changed (with exactly the fields changed) or removed,
 * and the countries and assemblies it concerns. The same seed gives the same version.
 */
final class GeneratedVersion {
    /** What the diff must list for one record. */
    record Expected(DatasetDiff.Status status, RecordKind<?> kind, String id, Set<String> fields, Set<String> countries,
                    Set<String> assemblies) {
    }

    private final Random random;
    private final Dataset before;
    private final EditableDataset editing;
    private final Map<String, Expected> expected = new LinkedHashMap<>();
    private final Set<String> touched = new HashSet<>();

    private GeneratedVersion(Dataset before, long seed) {
        this.random = new Random(seed);
        this.before = before;
        this.editing = new EditableDataset(before);
    }

    /** A version with a few actions added, records of several kinds changed and a few removed. */
    static GeneratedVersion of(Dataset base, long seed) {
        GeneratedVersion v = new GeneratedVersion(base, seed);
        int added = 3 + v.random.nextInt(6);
        for (int i = 0; i < added; i++) v.addAction(seed, i);
        int changed = 4 + v.random.nextInt(7);
        for (int done = 0, tries = 0; done < changed && tries < 200; tries++) if (v.changeOne()) done++;
        int removed = 2 + v.random.nextInt(4);
        for (int done = 0, tries = 0; done < removed && tries < 200; tries++) if (v.removeOne()) done++;
        return v;
    }

    Dataset before() {
        return before;
    }

    Dataset after() {
        return editing.current();
    }

    /** By "kind:id". */
    Map<String, Expected> expected() {
        return expected;
    }

    static String key(RecordKind<?> kind, String id) {
        return kind.listName() + ":" + id;
    }

    private void addAction(long seed, int i) {
        SupportAction template = pick(before.actions());
        List<Assembly> held = before.assemblies().stream().filter(Assembly::held).toList();
        Assembly at = pick(held);
        String id = "act-generated-" + seed + "-" + i;
        String country = null;
        String organisation = null;
        List<Organisation> withMembers = before.organisations().stream().filter(o -> !o.members().isEmpty()).toList();
        if (i == 1 && !withMembers.isEmpty()) organisation = pick(withMembers).id();
        else country = pick(before.countries()).code();
        String assembly = at.id();
        PartialDate date = null;
        if (i == 2) {
            // no assembly named: it belongs to the assembly of its date's year, or to none when no assembly has it
            assembly = null;
            date = random.nextBoolean() ? new PartialDate(at.year(), 6, 1) : new PartialDate(2049, 6, 1);
        }
        SupportAction action = new SupportAction(id, country, organisation, assembly, date, "Minister " + i, null,
                template.actorType(), pick(List.of(ActionKind.values())), "Spoke for Taiwan's participation.", null,
                template.evidence(), null, template.sources());
        if (perform(Edit.add(RecordKind.ACTIONS, action))) {
            expect(DatasetDiff.Status.ADDED, RecordKind.ACTIONS, id, Set.of(), countries(after(), action),
                    assemblies(after(), action));
        }
    }

    private boolean changeOne() {
        return switch (random.nextInt(6)) {
            case 0 -> changeAction();
            case 1 -> changeFact();
            case 2 -> change(RecordKind.TALLIES, pick(before.tallies()), t -> new Tally(t.id(), t.assembly(), t.measure(),
                    t.value() + 1, t.lowerBound(), t.reportedBy(), t.date(), t.interim(), t.spans(), t.definition(),
                    t.countries(), t.evidence(), t.note(), t.sources()), Set.of("value"));
            case 3 -> change(RecordKind.SOURCES, pick(before.sources()), s -> new Source(s.id(), s.title() + " (revised)",
                    s.publisher(), s.author(), s.date(), s.url(), s.seed(), s.language(), s.kind(), s.publisherType(),
                    s.titleIsDescription(), s.note()), Set.of("title"));
            case 4 -> change(RecordKind.COUNTRIES, pick(before.countries()), c -> new Country(c.code(), c.name(),
                    c.nameInSentence(), c.region(), "Revised subregion", c.interpolMember(), c.diplomaticAlly(),
                    c.sources()), Set.of("subregion"));
            default -> before.talkingPoints().isEmpty() ? false : change(RecordKind.TALKING_POINTS,
                    pick(before.talkingPoints()), p -> new TalkingPoint(p.id(), p.title(), p.text() + " Revised.",
                            p.suits(), p.facts(), p.series(), p.objection(), p.sources()), Set.of("text"));
        };
    }

    /** An action's words, its country or its assembly: moved, it concerns both the old and the new one. */
    private boolean changeAction() {
        SupportAction a = pick(before.actions());
        int how = random.nextInt(3);
        if (how == 1 && a.country() != null) {
            String to = pick(before.countries()).code();
            if (to.equals(a.country())) return false;
            return change(RecordKind.ACTIONS, a, x -> new SupportAction(x.id(), to, null, x.assembly(), x.date(),
                    x.actor(), x.actorRole(), x.actorType(), x.kind(), x.summary(), x.quote(), x.evidence(), x.note(),
                    x.sources()), Set.of("country"));
        }
        if (how == 2 && a.assembly() != null) {
            Assembly to = pick(before.assemblies().stream().filter(Assembly::held).toList());
            if (to.id().equals(a.assembly())) return false;
            return change(RecordKind.ACTIONS, a, x -> new SupportAction(x.id(), x.country(), x.organisation(), to.id(),
                    x.date(), x.actor(), x.actorRole(), x.actorType(), x.kind(), x.summary(), x.quote(), x.evidence(),
                    x.note(), x.sources()), Set.of("assembly"));
        }
        Set<String> fields = a.note() == null || !a.note().equals("Checked again.") ? Set.of("summary", "note")
                : Set.of("summary");
        return change(RecordKind.ACTIONS, a, x -> new SupportAction(x.id(), x.country(), x.organisation(), x.assembly(),
                x.date(), x.actor(), x.actorRole(), x.actorType(), x.kind(), x.summary() + " (revised)", x.quote(),
                x.evidence(), "Checked again.", x.sources()), fields);
    }

    /** A fact's title, and the value of its figure when it has one: a field of a nested record is named by its path. */
    private boolean changeFact() {
        Fact f = pick(before.facts());
        Figure figure = f.figure() == null ? null
                : new Figure(f.figure().value() + 2, f.figure().unit(), f.figure().lowerBound());
        Set<String> fields = figure == null ? Set.of("title") : Set.of("title", "figure.value");
        return change(RecordKind.FACTS, f, x -> new Fact(x.id(), x.kind(), x.category(), x.title() + " (revised)",
                x.statement(), figure, x.date(), x.assembly(), x.countries(), x.regions(), x.evidence(), x.note(),
                x.sources()), fields);
    }

    private <T> boolean change(RecordKind<T> kind, T record, java.util.function.UnaryOperator<T> edit, Set<String> fields) {
        String id = kind.idOf(record);
        if (touched.contains(key(kind, id))) return false;
        T changed = edit.apply(record);
        if (!perform(Edit.change(kind, record, changed))) return false;
        Set<String> countries = new TreeSet<>(countries(before, record));
        countries.addAll(countries(after(), changed));
        Set<String> assemblies = new TreeSet<>(assemblies(before, record));
        assemblies.addAll(assemblies(after(), changed));
        expect(DatasetDiff.Status.CHANGED, kind, id, fields, countries, assemblies);
        return true;
    }

    private boolean removeOne() {
        return switch (random.nextInt(3)) {
            case 0 -> remove(RecordKind.ACTIONS, pick(before.actions()));
            case 1 -> remove(RecordKind.FACTS, pick(before.facts()));
            default -> remove(RecordKind.TALLIES, pick(before.tallies()));
        };
    }

    /** Removes a record nothing else needs (a fact a talking point rests on stays: that edit is refused). */
    private <T> boolean remove(RecordKind<T> kind, T record) {
        String id = kind.idOf(record);
        if (touched.contains(key(kind, id))) return false;
        if (!perform(Edit.remove(after(), kind, record))) return false;
        expect(DatasetDiff.Status.REMOVED, kind, id, Set.of(), countries(before, record), assemblies(before, record));
        return true;
    }

    private boolean perform(Edit edit) {
        return editing.perform(edit).isEmpty();
    }

    private void expect(DatasetDiff.Status status, RecordKind<?> kind, String id, Set<String> fields, Set<String> countries,
                        Set<String> assemblies) {
        touched.add(key(kind, id));
        expected.put(key(kind, id), new Expected(status, kind, id, Set.copyOf(fields), Set.copyOf(countries),
                Set.copyOf(assemblies)));
    }

    /** The countries a record names, worked out here from each kind's fields rather than asked of the code tested. */
    private static Set<String> countries(Dataset d, Object record) {
        if (record instanceof SupportAction a) {
            return a.country() != null ? Set.of(a.country())
                    : Set.copyOf(d.organisation(a.organisation()).orElseThrow().members());
        }
        if (record instanceof Fact f) return Set.copyOf(f.countries());
        if (record instanceof Tally t) return Set.copyOf(t.countries());
        if (record instanceof Country c) return Set.of(c.code());
        if (record instanceof TalkingPoint p) return Set.copyOf(p.suits().countries());
        return Set.of();
    }

    private static Set<String> assemblies(Dataset d, Object record) {
        if (record instanceof SupportAction a) {
            if (a.assembly() != null) return Set.of(a.assembly());
            return d.assemblies().stream().filter(x -> x.year() == a.date().year()).map(Assembly::id)
                    .collect(java.util.stream.Collectors.toSet());
        }
        if (record instanceof Fact f) return f.assembly() == null ? Set.of() : Set.of(f.assembly());
        if (record instanceof Tally t) return Set.of(t.assembly());
        return Set.of();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    List<Expected> all() {
        return new ArrayList<>(expected.values());
    }
}
