package org.attache.core.model;

import java.util.List;

/**
 * An argument to make in a meeting, with the countries it suits and the facts it rests on. A point that rests on
 * a series names its measure in {@code series}; what the numbers show is then worked out from the data, never
 * written into {@code text}. A defensive line has an {@code objection}: what the counterpart may say, which
 * {@code text} answers.
 */
public record TalkingPoint(String id, String title, String text, Suits suits, List<String> facts, String series,
                           String objection, List<String> sources) {
    public TalkingPoint {
        Lists.required(id, "id");
        Lists.required(text, "text");
        if (suits == null) suits = Suits.ALL;
        facts = Lists.copy(facts);
        sources = Lists.copy(sources);
    }

    public boolean isDefensive() {
        return objection != null;
    }
}
