package org.attache.core.model;

import java.util.List;

/** One act of support for Taiwan's participation by a country ({@code country}) or an organisation. */
public record SupportAction(String id, String country, String organisation, String assembly, PartialDate date,
                            String actor, String actorRole, ActionKind kind, String summary, String quote,
                            Scope scope, Confidence confidence, String note, List<String> sources) {
    public SupportAction {
        Lists.required(id, "id");
        if ((country == null) == (organisation == null)) {
            throw new IllegalArgumentException("an action names exactly one country or organisation");
        }
        if (assembly == null && date == null) throw new IllegalArgumentException("an action needs an assembly or a date");
        if (scope == null) scope = Scope.INTERPOL;
        if (confidence == null) confidence = Confidence.HIGH;
        sources = Lists.copy(sources);
    }
}
