package org.attache.core.document;

import java.util.ArrayList;
import java.util.List;
import org.attache.core.model.Dataset;
import org.attache.core.model.PartialDate;
import org.attache.core.model.SupportAction;

/**
 * An earlier version of a dataset for "New since" tests: some of one country's actions and some of other countries'
 * are not yet in it, one of the country's actions reads differently, and it has an action since withdrawn.
 */
record EarlierVersion(Dataset dataset, List<String> added, String changed, List<String> othersAdded, String withdrawn) {
    static final String WITHDRAWN = "act-2022-lv-withdrawn";

    /** {@code current} as it was before: the country's last action and three of other countries' missing. */
    static EarlierVersion of(Dataset current, String country) {
        List<SupportAction> mine = current.actions().stream().filter(a -> country.equals(a.country())).toList();
        List<SupportAction> others = current.actions().stream()
                .filter(a -> a.country() != null && !a.country().equals(country)).limit(3).toList();
        SupportAction added = mine.get(mine.size() - 1);
        SupportAction changed = mine.get(0);
        List<SupportAction> actions = new ArrayList<>();
        for (SupportAction a : current.actions()) {
            if (a == added || others.contains(a)) continue;
            actions.add(a == changed ? new SupportAction(a.id(), a.country(), a.organisation(), a.assembly(), a.date(),
                    a.actor(), a.actorRole(), a.actorType(), a.kind(), "An earlier wording of the summary.", a.quote(),
                    a.evidence(), a.note(), a.sources()) : a);
        }
        actions.add(new SupportAction(WITHDRAWN, country, null, changed.assembly(), changed.date(), changed.actor(), null,
                changed.actorType(), changed.kind(), "A claim since withdrawn.", null, changed.evidence(), null,
                changed.sources()));
        Dataset earlier = new Dataset(current.title(), PartialDate.parse("2025-12-01"), current.sources(),
                current.assemblies(), current.countries(), current.organisations(), current.measures(), actions,
                current.tallies(), current.facts(), current.asks(), current.talkingPoints(), current.articles(),
                current.changes(), current.translations());
        return new EarlierVersion(earlier, List.of(added.id()), changed.id(),
                others.stream().map(SupportAction::id).toList(), WITHDRAWN);
    }
}
