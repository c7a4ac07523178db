package org.attache.core.edit;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.attache.core.model.Assembly;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.model.Fact;
import org.attache.core.model.Measure;
import org.attache.core.model.Organisation;
import org.attache.core.model.PartialDate;
import org.attache.core.model.SupportAction;
import org.attache.core.model.Tally;
import org.attache.core.model.TalkingPoint;

/**
 * Which countries and which General Assembly a record concerns, in its dataset, and a few words on what it is.
 * A country concerns itself; an action its country, or, for an organisation's, the organisation's members (whose
 * packs show it); a fact, a tally and an organisation the countries they name; a talking point the countries it
 * suits by name. An assembly is its own; an action belongs to the assembly it names or to that of its date's
 * year; a tally and a fact to the one they name. Anything else concerns no country and no assembly.
 */
public final class RecordConcerns {
    private RecordConcerns() {
    }

    /** The country codes the record concerns, in order; empty for none. */
    public static Set<String> countries(Dataset dataset, Object record) {
        Set<String> codes = new TreeSet<>();
        if (record instanceof Country c) codes.add(c.code());
        else if (record instanceof SupportAction a) {
            if (a.country() != null) codes.add(a.country());
            else dataset.organisation(a.organisation()).ifPresent(o -> codes.addAll(o.members()));
        } else if (record instanceof Fact f) codes.addAll(f.countries());
        else if (record instanceof Tally t) codes.addAll(t.countries());
        else if (record instanceof Organisation o) codes.addAll(o.members());
        else if (record instanceof TalkingPoint p) codes.addAll(p.suits().countries());
        return codes;
    }

    /** The id of the assembly the record belongs to, or null when it belongs to none. */
    public static String assembly(Dataset dataset, Object record) {
        if (record instanceof Assembly a) return a.id();
        if (record instanceof SupportAction a) {
            if (a.assembly() != null) return a.assembly();
            return dataset.assemblyOfYear(a.date().year()).map(Assembly::id).orElse(null);
        }
        if (record instanceof Tally t) return t.assembly();
        if (record instanceof Fact f) return f.assembly();
        return null;
    }

    /**
     * What the record is, in a few words: "United States: executive statement at the 91st General Assembly" for an
     * action, "Allies voicing support at the 91st General Assembly: 7" for a tally, its title or name for anything
     * else ("“Safety for all”", "Latvia").
     */
    public static String description(Dataset dataset, Object record) {
        if (record instanceof SupportAction a) return who(dataset, a) + ": " + a.kind().label().toLowerCase(Locale.ROOT)
                + when(dataset, assembly(dataset, a), a.date());
        if (record instanceof Tally t) {
            return dataset.measure(t.measure()).map(Measure::label).orElse(t.measure()) + when(dataset, t.assembly(), null)
                    + ": " + t.displayValue() + (t.interim() ? " (interim)" : "");
        }
        RecordKind<?> kind = RecordKind.of(record);
        return kind == null ? String.valueOf(record) : title(kind, record);
    }

    private static <T> String title(RecordKind<T> kind, Object record) {
        return kind.titleOf(kind.cast(record));
    }

    private static String who(Dataset dataset, SupportAction a) {
        return a.country() != null
                ? dataset.country(a.country()).map(Country::name).orElse(a.country())
                : dataset.organisation(a.organisation()).map(Organisation::name).orElse(a.organisation());
    }

    /** " at the 91st General Assembly", " in 2020" for a year with no session, " on 2016-03-18" for no assembly. */
    private static String when(Dataset dataset, String assemblyId, PartialDate date) {
        Assembly at = assemblyId == null ? null : dataset.assembly(assemblyId).orElse(null);
        if (at == null) return date == null ? "" : " on " + date;
        return at.held() ? " at the " + Assembly.ordinal(at.session()) + " General Assembly" : " in " + at.year();
    }
}
