package org.attache.core.pack;

import java.util.Locale;
import org.attache.core.model.JsonEnum;

/** The language a brief is written in. The composer takes its fixed wording from a bundle per language. */
public enum BriefLanguage implements JsonEnum {
    ENGLISH("en", "English"),
    /** Traditional Chinese as Taiwan writes it; texts the dataset gives only in English are shown so, marked. */
    TRADITIONAL_CHINESE("zh-Hant", "\u7e41\u9ad4\u4e2d\u6587");

    private final String tag;
    private final String label;

    BriefLanguage(String tag, String label) {
        this.tag = tag;
        this.label = label;
    }

    /** The BCP 47 tag, as written in the pack file and the PDF's language entry. */
    @Override
    public String json() {
        return tag;
    }

    @Override
    public String label() {
        return label;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }
}
