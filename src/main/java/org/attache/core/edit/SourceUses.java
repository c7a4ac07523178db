package org.attache.core.edit;

import java.util.ArrayList;
import java.util.List;
import org.attache.core.model.Ask;
import org.attache.core.model.Assembly;
import org.attache.core.model.ConstitutionArticle;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.model.Fact;
import org.attache.core.model.Organisation;
import org.attache.core.model.Source;
import org.attache.core.model.SupportAction;
import org.attache.core.model.TalkingPoint;
import org.attache.core.model.Tally;

/** Which records cite a source, so that a source still cited is never deleted from under them. */
public final class SourceUses {
    private SourceUses() {
    }

    /** The records citing the source, named as a person would: "support action act-2021-us-house-letter". */
    public static List<String> citing(Dataset d, String sourceId) {
        List<String> uses = new ArrayList<>();
        for (RecordKind<?> kind : RecordKind.ALL) {
            for (Object record : kind.of(d)) {
                if (sourcesOf(record).contains(sourceId)) uses.add(kind.noun() + " " + idOf(kind, record));
            }
        }
        return uses;
    }

    /** Why an edit may not be done, or nothing: deleting a source that is cited is refused, naming who cites it. */
    static List<String> refusal(Dataset d, Edit edit) {
        if (!(edit instanceof Edit.Remove<?> remove) || !(remove.record() instanceof Source source)) return List.of();
        List<String> uses = citing(d, source.id());
        if (uses.isEmpty()) return List.of();
        List<String> reasons = new ArrayList<>();
        reasons.add("source \"" + source.id() + "\" is cited by " + uses.size() + (uses.size() == 1 ? " record" : " records")
                + "; remove it from them first:");
        reasons.addAll(uses);
        return reasons;
    }

    private static <T> String idOf(RecordKind<T> kind, Object record) {
        return kind.idOf(kind.cast(record));
    }

    /** The ids of the sources a record cites (a country's with those of its alliance with Taiwan). */
    static List<String> sourcesOf(Object record) {
        if (record instanceof Country c) {
            List<String> all = new ArrayList<>(c.sources());
            if (c.diplomaticAlly() != null) all.addAll(c.diplomaticAlly().sources());
            return all;
        }
        if (record instanceof Assembly a) return a.sources();
        if (record instanceof Organisation o) return o.sources();
        if (record instanceof SupportAction a) return a.sources();
        if (record instanceof Tally t) return t.sources();
        if (record instanceof Fact f) return f.sources();
        if (record instanceof Ask a) return a.sources();
        if (record instanceof TalkingPoint p) return p.sources();
        if (record instanceof ConstitutionArticle a) return a.sources();
        return List.of();
    }
}
