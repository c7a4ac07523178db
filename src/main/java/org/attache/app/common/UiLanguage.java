package org.attache.app.common;

import java.util.Locale;

/**
 * The language of the app's own words: menus, buttons, messages. Chosen in View ▸ Language, else taken from the
 * system's locale; the system property {@code attache.language} ("en" or "zh-TW") decides for a run (tests use it).
 */
public enum UiLanguage {
    ENGLISH("en", "English"),
    /** Traditional Chinese as written in Taiwan. */
    TRADITIONAL_CHINESE("zh-TW", "\u7e41\u9ad4\u4e2d\u6587");

    static final String SETTING = "language";

    private final String tag;
    private final String label;

    UiLanguage(String tag, String label) {
        this.tag = tag;
        this.label = label;
    }

    public String tag() {
        return tag;
    }

    /** The language's name in itself, so that anyone can find their own. */
    public String label() {
        return label;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of this run: the system property, else the user's choice, else the system's locale. */
    public static UiLanguage chosen(Settings settings) {
        String given = System.getProperty("attache.language");
        if (given == null) given = settings.get(SETTING, null);
        UiLanguage named = given == null ? null : ofTag(given);
        return named != null ? named : of(Locale.getDefault());
    }

    /** Keeps {@code language} for the next start. */
    public void save(Settings settings) {
        settings.put(SETTING, tag);
    }

    /** The language whose tag is {@code tag}, or null. */
    static UiLanguage ofTag(String tag) {
        for (UiLanguage l : values()) if (l.tag.equalsIgnoreCase(tag)) return l;
        return null;
    }

    /** Traditional Chinese for a system set to Chinese as written in Taiwan, Hong Kong or Macau; else English. */
    public static UiLanguage of(Locale system) {
        if (!"zh".equals(system.getLanguage())) return ENGLISH;
        if ("Hant".equals(system.getScript())) return TRADITIONAL_CHINESE;
        if ("Hans".equals(system.getScript())) return ENGLISH;
        return switch (system.getCountry()) {
            case "TW", "HK", "MO" -> TRADITIONAL_CHINESE;
            default -> ENGLISH;
        };
    }
}
