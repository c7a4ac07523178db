package org.attache.core.pack;

import java.util.Locale;
import org.attache.core.model.JsonEnum;

/** The language a brief is written in. The composer takes its fixed wording from a bundle per language. */
public enum BriefLanguage implements JsonEnum {
    ENGLISH("en", "en", "English"),
    /** Traditional Chinese as Taiwan writes it; texts the dataset gives only in English are shown so, marked. */
    TRADITIONAL_CHINESE("zh-Hant", "zh-Hant", "\u7e41\u9ad4\u4e2d\u6587"),
    /**
     * Traditional Chinese with English alongside, as a government brief for a meeting held in English: headings in
     * both languages, the English name in brackets where a country or organisation is first named, and what is to
     * be said (asks, talking points, answers) in Chinese followed by its English.
     */
    BILINGUAL("zh-Hant+en", "zh-Hant", "\u7e41\u9ad4\u4e2d\u6587\uff0bEnglish");

    private final String json;
    private final String tag;
    private final String label;

    BriefLanguage(String json, String tag, String label) {
        this.json = json;
        this.tag = tag;
        this.label = label;
    }

    /** As written in the pack file and on the command line. */
    @Override
    public String json() {
        return json;
    }

    /** The BCP 47 tag of the brief's main language: the PDF's language entry, and the dataset's translations used. */
    public String tag() {
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
