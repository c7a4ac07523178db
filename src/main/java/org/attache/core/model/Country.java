package org.attache.core.model;

import java.util.List;

/**
 * An ISO 3166-1 country or territory; {@code diplomaticAlly} is null for countries that never were one.
 * {@code nameInSentence} is the name inside running text when it takes an article ("the Netherlands").
 */
public record Country(String code, String name, String nameInSentence, Region region, String subregion,
                      boolean interpolMember, DiplomaticAlly diplomaticAlly, List<String> sources) {
    public Country {
        Lists.required(code, "code");
        Lists.required(name, "name");
        if (nameInSentence == null || nameInSentence.isBlank()) nameInSentence = name;
        sources = Lists.copy(sources);
    }

    public boolean isCurrentAlly() {
        return diplomaticAlly != null && diplomaticAlly.isCurrent();
    }

    /** The name opening a sentence: "The Netherlands". */
    public String sentenceStart() {
        return Character.toUpperCase(nameInSentence.charAt(0)) + nameInSentence.substring(1);
    }
}
