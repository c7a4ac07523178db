package org.attache.core.analysis;

import java.util.ArrayList;
import java.util.List;
import org.attache.core.model.ActionKind;
import org.attache.core.model.ActorType;
import org.attache.core.model.Attribution;
import org.attache.core.model.Confidence;
import org.attache.core.model.Dataset;
import org.attache.core.model.Evidence;
import org.attache.core.model.Fact;
import org.attache.core.model.PublisherType;
import org.attache.core.model.Scope;
import org.attache.core.model.Source;
import org.attache.core.model.SupportAction;
import org.attache.core.model.Tally;

/**
 * A qualification a statement must carry wherever it is printed or shown: who says so, whether INTERPOL was named,
 * how sure we are, what kind of actor or act it was. Each has a key under which a brief's words give its short
 * mark and its line in the legend.
 */
public enum Caveat {
    REPORTED_BY_TAIWAN, THIRD_PARTY, INTERPOL_NOT_NAMED, MEDIUM_CONFIDENCE, UNCONFIRMED, NOT_GOVERNMENT, BILL,
    NAMED_BY_OTHERS, OPINION_SOURCE;

    /** The key of the mark and legend line in the brief's words: "caveat.reportedByTaiwan". */
    public String key() {
        String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder("caveat.").append(words[0]);
        for (int i = 1; i < words.length; i++) sb.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        return sb.toString();
    }

    public static List<Caveat> of(SupportAction a) {
        List<Caveat> caveats = new ArrayList<>();
        if (a.kind() == ActionKind.MENTION) caveats.add(NAMED_BY_OTHERS);
        if (a.kind() == ActionKind.BILL) caveats.add(BILL);
        if (a.actorType() == ActorType.NON_GOVERNMENT) caveats.add(NOT_GOVERNMENT);
        addEvidence(caveats, a.evidence());
        return caveats;
    }

    public static List<Caveat> of(Tally t) {
        List<Caveat> caveats = new ArrayList<>();
        addEvidence(caveats, t.evidence());
        return caveats;
    }

    /** A fact's caveats, including an opinion or think-tank source when it rests on nothing else. */
    public static List<Caveat> of(Fact f, Dataset dataset) {
        List<Caveat> caveats = new ArrayList<>();
        addEvidence(caveats, f.evidence());
        List<Source> sources = f.sources().stream().map(dataset::source).flatMap(java.util.Optional::stream).toList();
        if (!sources.isEmpty() && sources.stream().allMatch(s -> s.publisherType() == PublisherType.ADVOCACY
                || s.publisherType() == PublisherType.THINK_TANK)) {
            caveats.add(OPINION_SOURCE);
        }
        return caveats;
    }

    private static void addEvidence(List<Caveat> caveats, Evidence e) {
        if (e.attribution() == Attribution.REPORTED_BY_TAIWAN) caveats.add(REPORTED_BY_TAIWAN);
        if (e.attribution() == Attribution.THIRD_PARTY) caveats.add(THIRD_PARTY);
        if (e.scope() == Scope.GENERAL) caveats.add(INTERPOL_NOT_NAMED);
        if (e.confidence() == Confidence.MEDIUM) caveats.add(MEDIUM_CONFIDENCE);
        if (e.confidence() == Confidence.LOW) caveats.add(UNCONFIRMED);
    }
}
