package org.attache.app.common;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.ResourceBundle;
import org.attache.core.chart.ChartWords;
import org.attache.core.document.BriefWords;
import org.attache.core.document.CaveatWords;
import org.attache.core.pack.BriefLanguage;

/**
 * The app's own words in the language of this run, from the bundle {@code org/attache/app/Ui.properties} (English)
 * and {@code Ui_zh_TW.properties} (Traditional Chinese), and dates and numbers written for that language. A text
 * with arguments is a {@link MessageFormat} pattern ({@code {0}}, and {@code ''} for an apostrophe); one without is
 * taken as written.
 */
public final class UiText {
    private static final String BUNDLE = "org.attache.app.Ui";
    private static volatile UiLanguage language = UiLanguage.ENGLISH;
    private static volatile ResourceBundle bundle = load(UiLanguage.ENGLISH);

    private UiText() {
    }

    /** Sets the language of this run; called once at start-up, before any window is built. */
    public static void use(UiLanguage chosen) {
        bundle = load(chosen);
        language = chosen;
    }

    public static UiLanguage language() {
        return language;
    }

    public static Locale locale() {
        return language.locale();
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public static String get(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, locale()).format(args);
    }

    /**
     * The name of a value the core defines (a template, a section, a kind of record) in the app's language: the
     * bundle's {@code enum.<Type>.<CONSTANT>} when it gives one (the Chinese bundle does), else the core's English.
     */
    public static String label(Enum<?> value, String english) {
        return named("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), english);
    }

    /** The bundle's name under {@code key} for something the core names in English, else that English. */
    public static String named(String key, String english) {
        return bundle.containsKey(key) ? bundle.getString(key) : english;
    }

    /** The language of the briefs whose words the app borrows (caveats' marks, charts' words): the app's own. */
    public static BriefLanguage briefLanguage() {
        return language == UiLanguage.TRADITIONAL_CHINESE ? BriefLanguage.TRADITIONAL_CHINESE : BriefLanguage.ENGLISH;
    }

    /** The caveats' marks and legends in the app's language. */
    public static CaveatWords caveatWords() {
        return CaveatWords.of(briefLanguage());
    }

    /** The words the app's charts are drawn with; what the dataset says (measures, countries) stays as written. */
    public static ChartWords chartWords() {
        return BriefWords.of(briefLanguage()).chartWords();
    }

    /** A date as the app shows it, such as "23 Nov 2026" or "2026年11月23日". */
    public static String date(TemporalAccessor date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    /** A date and time as the app shows it. */
    public static String dateTime(TemporalAccessor dateTime) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                .format(dateTime);
    }

    /** A whole number with the language's grouping: "1,234". */
    public static String number(long n) {
        return NumberFormat.getIntegerInstance(locale()).format(n);
    }

    private static ResourceBundle load(UiLanguage l) {
        // no fallback to the system's locale: English is the base bundle, not whatever the machine is set to
        return ResourceBundle.getBundle(BUNDLE, l.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
