package org.attache.core.model;

import java.util.List;

/** An article of the INTERPOL Constitution, quoted verbatim. */
public record ConstitutionArticle(String id, int number, String title, String text, List<String> sources) {
    public ConstitutionArticle {
        Lists.required(id, "id");
        Lists.required(text, "text");
        sources = Lists.copy(sources);
    }
}
