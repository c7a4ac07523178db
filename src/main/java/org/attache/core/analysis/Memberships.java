package org.attache.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.model.Organisation;
import org.attache.core.model.PartialDate;
import org.attache.core.model.SupportAction;

/**
 * What the organisations a country belongs to (the EU's institutions, the G7) have done for Taiwan's
 * participation: context for that country's pack, never counted as the country's own acts.
 */
public record Memberships(Organisation organisation, List<SupportAction> actions) {
    public Memberships {
        actions = List.copyOf(actions);
    }

    public static List<Memberships> of(Dataset dataset, Country country) {
        List<Memberships> result = new ArrayList<>();
        for (Organisation o : dataset.organisations()) {
            if (!o.members().contains(country.code())) continue;
            List<SupportAction> acts = dataset.actions().stream()
                    .filter(a -> o.id().equals(a.organisation()) && CountingRule.STANDARD.counts(a))
                    .sorted(Comparator.comparing(SupportAction::date, Comparator.nullsLast(Comparator.<PartialDate>naturalOrder())))
                    .toList();
            if (!acts.isEmpty()) result.add(new Memberships(o, acts));
        }
        return result;
    }
}
