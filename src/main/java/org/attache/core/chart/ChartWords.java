package org.attache.core.chart;

import java.util.Locale;
import java.util.function.Function;
import org.attache.core.model.ActionKind;
import org.attache.core.model.Country;
import org.attache.core.model.Measure;

/**
 * The words a chart is drawn with, in one language: its axes, the marks of years without a value, the country
 * chart's title and note, and how measures, kinds of act, countries and what a count counted are named. The app's charts and an English
 * brief use {@link #ENGLISH}; a brief in another language gives its own.
 */
public record ChartWords(Locale locale, String assemblyAxis, String countedActions, String countryTitle,
                         String notNamed, String countryNote, String changedDefinitions, String noSession,
                         String noAct, String recorded, String none, String noData,
                         Function<Measure, String> label, Function<Measure, String> unit,
                         Function<Measure, String> description, Function<ActionKind, String> kind,
                         Function<Country, String> country, Function<String, String> definition) {

    public static final ChartWords ENGLISH = new ChartWords(Locale.ENGLISH, "INTERPOL General Assembly",
            "Counted actions", "{0}: counted acts per assembly", "INTERPOL not named",
            "Only the country's own acts are counted: being named by others, or a think tank or newspaper of "
                    + "the country, is listed in the record but not counted. Hatched: nothing recorded either way. "
                    + "\u201cNone\u201d: a complete list of the allies that voiced support leaves out the country, "
                    + "then an ally. Pale: acts that do not name INTERPOL.",
            "What was counted changed between years, so each definition is drawn as its own series and never "
                    + "joined to another.",
            "no session", "no act", "recorded", "none", "no data",
            Measure::label, Measure::unit, Measure::description, ActionKind::label, Country::name,
            Function.identity());

    /** These words, naming measures, kinds of act, countries and what a count counted as the functions given do. */
    public ChartWords naming(Function<Measure, String> label, Function<Measure, String> unit,
                             Function<Measure, String> description, Function<ActionKind, String> kind,
                             Function<Country, String> country, Function<String, String> definition) {
        return new ChartWords(locale, assemblyAxis, countedActions, countryTitle, notNamed, countryNote,
                changedDefinitions, noSession, noAct, recorded, none, noData, label, unit, description, kind, country,
                definition);
    }

    /** Whether the words need the Chinese face to be drawn. */
    public boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }
}
