package org.attache.core.model;

import java.util.List;

/** An ISO 3166-1 country or territory; {@code diplomaticAlly} is null for countries that never were one. */
public record Country(String code, String name, Region region, String subregion, DiplomaticAlly diplomaticAlly,
                      List<String> sources) {
    public Country {
        Lists.required(code, "code");
        Lists.required(name, "name");
        sources = Lists.copy(sources);
    }

    public boolean isCurrentAlly() {
        return diplomaticAlly != null && diplomaticAlly.isCurrent();
    }
}
