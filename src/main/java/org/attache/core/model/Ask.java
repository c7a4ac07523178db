package org.attache.core.model;

import java.util.List;

/**
 * One thing Taiwan asks, in the order the asks are presented: of INTERPOL itself, or of the counterpart in a
 * meeting (a government, a parliament or a police force). {@code atAssembly} marks an ask to voice support at a
 * General Assembly: only such an ask may remind a country that it did so at the latest session.
 */
public record Ask(String id, int order, String title, String summary, Addressee addressee, boolean atAssembly,
                  List<String> sources) {
    public Ask {
        Lists.required(id, "id");
        Lists.required(title, "title");
        if (addressee == null) addressee = Addressee.INTERPOL;
        sources = Lists.copy(sources);
    }
}
