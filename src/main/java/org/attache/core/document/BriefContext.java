package org.attache.core.document;

import java.util.ArrayList;
import java.util.List;
import org.attache.core.analysis.CountryTimeline;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.pack.Pack;

/** What every section composer reads: the dataset, the pack, its country, its words and the shared citations. */
record BriefContext(Dataset dataset, Pack pack, Country country, CountryTimeline timeline, BriefWords words,
                    Citations citations) {

    static BriefContext of(Dataset dataset, Pack pack) {
        Country country = dataset.country(pack.country()).orElseThrow(() -> new IllegalArgumentException(
                "the dataset has no country with code \"" + pack.country() + "\""));
        return new BriefContext(dataset, pack, country, CountryTimeline.of(dataset, country),
                BriefWords.of(pack.language()), new Citations(dataset));
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
}
