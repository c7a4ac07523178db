package org.attache.core.model;

import java.util.List;

/** One act of support for Taiwan's participation by a country ({@code country}) or an organisation. */
public record SupportAction(String id, String country, String organisation, String assembly, PartialDate date,
                            String actor, String actorRole, ActorType actorType, ActionKind kind, String summary,
                            String quote, Evidence evidence, String note, List<String> sources) {
    public SupportAction {
        Lists.required(id, "id");
        if ((country == null) == (organisation == null)) {
            throw new IllegalArgumentException("an action names exactly one country or organisation");
        }
        if (assembly == null && date == null) throw new IllegalArgumentException("an action needs an assembly or a date");
        if (actorType == null) throw new IllegalArgumentException("an action needs an actor type");
        if (evidence == null) throw new IllegalArgumentException("an action needs its evidence");
        sources = Lists.copy(sources);
    }

    public Scope scope() {
        return evidence.scope();
    }

    public Confidence confidence() {
        return evidence.confidence();
    }

    public Attribution attribution() {
        return evidence.attribution();
    }
}
