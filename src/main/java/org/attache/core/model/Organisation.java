package org.attache.core.model;

import java.util.List;

/** An actor that is not an ISO country: the European Parliament, the G7, Somaliland. */
public record Organisation(String id, String name, OrganisationKind kind, Region region, String note,
                           List<String> sources) {
    public Organisation {
        Lists.required(id, "id");
        Lists.required(name, "name");
        sources = Lists.copy(sources);
    }
}
