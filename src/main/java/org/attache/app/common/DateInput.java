package org.attache.app.common;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a date as people type it: the ISO form the app shows everywhere (2026-11-24), the locale's own short form
 * (24/11/2026 in Britain, 11/24/2026 in the United States, with a two- or four-digit year), day first with slashes,
 * dots or dashes when the locale's order does not fit, and written-out months ("24 Nov 2026", "November 24, 2026").
 * A date that does not exist (31/02/2026) is refused, never moved to another day.
 */
public final class DateInput {
    private final List<DateTimeFormatter> formats = new ArrayList<>();
    private final String example;

    public DateInput(Locale locale) {
        formats.add(strict("uuuu-M-d", Locale.ROOT));
        String shortPattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        String fourDigitYear = shortPattern.replaceAll("y+", "uuuu");
        formats.add(strict(fourDigitYear, locale));
        formats.add(strict(shortPattern.replaceAll("y+", "uu"), locale));
        for (String dayFirst : List.of("d/M/uuuu", "d.M.uuuu", "d-M-uuuu", "d/M/uu", "d.M.uu")) {
            formats.add(strict(dayFirst, Locale.ROOT));
        }
        for (Locale words : List.of(locale, Locale.ENGLISH)) {
            for (FormatStyle style : List.of(FormatStyle.MEDIUM, FormatStyle.LONG, FormatStyle.FULL)) {
                String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null, IsoChronology.INSTANCE, words);
                formats.add(strict(pattern.replaceAll("y+", "uuuu"), words));
            }
            formats.add(strict("d MMM uuuu", words));
            formats.add(strict("d MMMM uuuu", words));
        }
        example = LocalDate.of(2026, 11, 24).format(formats.get(1));
    }

    private static DateTimeFormatter strict(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** The date the text names, or empty when it names none (blank text is no date either). */
    public Optional<LocalDate> parse(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) return Optional.empty();
        for (DateTimeFormatter f : formats) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** How to type a date, for a prompt or a message: "2026-11-24 or 24/11/2026". */
    public String hint() {
        return example.equals("2026-11-24") ? example : UiText.get("common.date.hint", "2026-11-24", example);
    }

    /** How the app writes a date: 2026-11-24. */
    public static String format(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
