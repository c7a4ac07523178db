package org.attache.core.model;

import java.util.List;

/** Taiwan's policing record and the campaign's context: a capability, a case, background or an event. */
public record Fact(String id, FactKind kind, String category, String title, String statement, Figure figure,
                   PartialDate date, String assembly, List<String> countries, List<Region> regions,
                   Confidence confidence, String note, List<String> sources) {
    public Fact {
        Lists.required(id, "id");
        Lists.required(title, "title");
        Lists.required(statement, "statement");
        countries = Lists.copy(countries);
        regions = Lists.copy(regions);
        if (confidence == null) confidence = Confidence.HIGH;
        sources = Lists.copy(sources);
    }
}
