package org.attache.core.model;

import java.util.List;

/**
 * An actor that is not an ISO country: the European Parliament, the G7, Somaliland. {@code members} lists the
 * countries it speaks for (the EU's, the G7's), so a member's pack can show what the organisation said.
 */
public record Organisation(String id, String name, OrganisationKind kind, Region region, List<String> members,
                           String note, List<String> sources) {
    public Organisation {
        Lists.required(id, "id");
        Lists.required(name, "name");
        members = Lists.copy(members);
        sources = Lists.copy(sources);
    }
}
