package org.attache.core.model;

import java.util.List;

/** Taiwan's policing record and the campaign's context: a capability, a case, background or an event. */
public record Fact(String id, FactKind kind, String category, String title, String statement, Figure figure,
                   PartialDate date, String assembly, List<String> countries, List<Region> regions,
                   Evidence evidence, String note, List<String> sources) {
    public Fact {
        Lists.required(id, "id");
        Lists.required(title, "title");
        Lists.required(statement, "statement");
        if (evidence == null) throw new IllegalArgumentException("a fact needs its evidence");
        countries = Lists.copy(countries);
        regions = Lists.copy(regions);
        sources = Lists.copy(sources);
    }

    public Confidence confidence() {
        return evidence.confidence();
    }
}
