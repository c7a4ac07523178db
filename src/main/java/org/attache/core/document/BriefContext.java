package org.attache.core.document;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.attache.core.analysis.Caveat;
import org.attache.core.analysis.CountingRule;
import org.attache.core.analysis.CountryTimeline;
import org.attache.core.analysis.PackUniverse;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.pack.Pack;
import org.attache.core.pack.PackSection;
import org.attache.core.pack.SectionKind;

/**
 * What every section composer reads: the dataset, the pack, its country, its words, the shared citations, and the
 * caveats marked so far, so the legend lists exactly the marks the pack uses.
 */
record BriefContext(Dataset dataset, Pack pack, Country country, CountryTimeline timeline, BriefWords words,
                    Citations citations, Set<Caveat> marked) {

    static BriefContext of(Dataset dataset, Pack pack) {
        Country country = dataset.country(pack.country()).orElseThrow(() -> new IllegalArgumentException(
                "the dataset has no country with code \"" + pack.country() + "\""));
        PackUniverse.refusal(country).ifPresent(reason -> {
            throw new IllegalArgumentException("no briefing pack is made for " + country.name() + ": " + reason);
        });
        return new BriefContext(dataset, pack, country, CountryTimeline.of(dataset, country),
                BriefWords.of(pack.language()), new Citations(dataset), EnumSet.noneOf(Caveat.class));
    }

    List<Integer> cite(List<String> sources) {
        return citations.cite(sources);
    }

    /** Sources of several lists at once, e.g. a talking point's own and those of the facts it rests on. */
    @SafeVarargs
    final List<Integer> cite(List<String>... sources) {
        List<String> all = new ArrayList<>();
        for (List<String> s : sources) all.addAll(s);
        return citations.cite(all);
    }

    String get(String key, Object... args) {
        return words.get(key, args);
    }

    /** The text followed by its caveats' marks, " (reported by MOFA; INTERPOL not named)"; noted for the legend. */
    String marked(String text, List<Caveat> caveats) {
        if (caveats.isEmpty()) return text;
        marked.addAll(caveats);
        return CaveatWords.of(words).marked(text, caveats);
    }

    /** The asks for one addressee, in their order. */
    List<org.attache.core.model.Ask> asks(org.attache.core.model.Addressee addressee) {
        return dataset.asks().stream().filter(a -> a.addressee() == addressee).toList();
    }

    /** An ask to the counterpart, with ", as Paraguay did at the 93rd …" when the country acted there last time. */
    /** Whether the country's own acts include one at the latest Assembly held. */
    boolean actedAtLatestSession() {
        return timeline.actedAtLatestSession(dataset).isPresent();
    }

    String counterpartAsk(org.attache.core.model.Ask a) {
        if (!a.atAssembly()) return a.title();
        return timeline.actedAtLatestSession(dataset)
                .map(assembly -> a.title() + get("ask.again", country.nameInSentence(), assembly.label()))
                .orElse(a.title());
    }

    /** The counting rule a section asks for: unconfirmed records only when the user ticked them in. */
    CountingRule rule(PackSection section) {
        boolean include = section.kind().options().stream().anyMatch(o -> o.key().equals(SectionKind.UNCONFIRMED))
                && SectionKind.INCLUDE.equals(section.option(SectionKind.UNCONFIRMED));
        return new CountingRule(include);
    }
}
