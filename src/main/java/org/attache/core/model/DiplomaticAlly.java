package org.attache.core.model;

import java.util.List;

/** A period in which a country held diplomatic relations with Taiwan; {@code until} is null while it lasts. */
public record DiplomaticAlly(PartialDate since, PartialDate until, String note, List<String> sources) {
    public DiplomaticAlly {
        sources = Lists.copy(sources);
    }

    public boolean isCurrent() {
        return until == null;
    }

    /** Whether the country was an ally at some point of the given year. */
    public boolean wasAllyIn(int year) {
        return (since == null || since.year() <= year) && (until == null || until.year() >= year);
    }
}
