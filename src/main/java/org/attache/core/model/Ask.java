package org.attache.core.model;

import java.util.List;

/** One thing Taiwan asks of INTERPOL and its members, in the order the asks are presented. */
public record Ask(String id, int order, String title, String summary, List<String> sources) {
    public Ask {
        Lists.required(id, "id");
        Lists.required(title, "title");
        sources = Lists.copy(sources);
    }
}
