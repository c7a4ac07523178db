package org.attache.core.document;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import org.attache.core.chart.ChartWords;
import org.attache.core.pack.BriefLanguage;

/**
 * The fixed wording of a brief in one language, from the bundle {@code BriefWords_<tag>.properties}; a new
 * language is a new bundle, not new code.
 */
public final class BriefWords {
    private final ResourceBundle bundle;
    private final BriefLanguage language;

    private BriefWords(BriefLanguage language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("org.attache.core.document.BriefWords", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static BriefWords of(BriefLanguage language) {
        return new BriefWords(language);
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(args);
    }

    /** The text for {@code key} with its {@code {0}} left in, for code that fills it in itself. */
    public String pattern(String key) {
        return bundle.getString(key);
    }

    /** Whether the brief's words include {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The words charts are drawn with in this language; the dataset's things (measures, countries, what a count
     * counted) are named as the dataset writes them until {@link ChartWords#naming} says otherwise.
     */
    public ChartWords chartWords() {
        if (language == BriefLanguage.ENGLISH) return ChartWords.ENGLISH;
        ChartWords en = ChartWords.ENGLISH;
        return new ChartWords(language.locale(), get("chartWords.assemblyAxis"), get("chartWords.countedActions"),
                pattern("chartWords.countryTitle"), get("chartWords.notNamed"), get("chartWords.countryNote"),
                get("chartWords.changedDefinitions"), get("chartWords.noSession"), get("chartWords.noAct"),
                get("chartWords.recorded"), get("chartWords.none"), get("chartWords.noData"), en.label(), en.unit(),
                en.description(), this::kind, en.country(), en.definition());
    }

    /** "Executive statement", or its words in this language ("kind.executive-statement"). */
    public String kind(org.attache.core.model.ActionKind kind) {
        String key = "kind." + kind.json();
        return has(key) ? get(key) : kind.label();
    }

    /** A date as the brief prints it: "Tuesday 24 November 2026". */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(get("format.date"), language.locale()).format(date);
    }
}
