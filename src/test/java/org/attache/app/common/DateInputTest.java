package org.attache.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateInputTest {
    private static final Optional<LocalDate> NOV_24 = Optional.of(LocalDate.of(2026, 11, 24));
    private final DateInput british = new DateInput(Locale.UK);
    private final DateInput american = new DateInput(Locale.US);

    @Test
    void theFormTheAppShowsIsReadInEveryLocale() {
        for (DateInput in : new DateInput[] {british, american, new DateInput(Locale.GERMANY), new DateInput(Locale.ROOT)}) {
            assertEquals(NOV_24, in.parse("2026-11-24"));
            assertEquals(NOV_24, in.parse("  2026-11-24 "));
        }
    }

    @Test
    void theLocalesOwnOrderComesFirstAndDayFirstIsReadWhereItCannotBeAMonth() {
        assertEquals(NOV_24, british.parse("24/11/2026"));
        assertEquals(NOV_24, british.parse("24/11/26"));
        assertEquals(NOV_24, american.parse("11/24/2026"));
        assertEquals(NOV_24, american.parse("24/11/2026"), "24 cannot be a month");
        assertEquals(Optional.of(LocalDate.of(2026, 5, 11)), american.parse("5/11/2026"), "the locale's order wins");
        assertEquals(Optional.of(LocalDate.of(2026, 11, 5)), british.parse("5/11/2026"));
        assertEquals(NOV_24, new DateInput(Locale.GERMANY).parse("24.11.2026"));
        assertEquals(NOV_24, american.parse("24.11.2026"));
    }

    @Test
    void writtenMonthsAreRead() {
        assertEquals(NOV_24, british.parse("24 Nov 2026"));
        assertEquals(NOV_24, british.parse("24 november 2026"));
        assertEquals(NOV_24, american.parse("Nov 24, 2026"));
        assertEquals(NOV_24, american.parse("November 24, 2026"));
    }

    @Test
    void whatIsNotADateIsRefusedNeverMovedToAnotherDay() {
        for (String text : new String[] {"31/02/2026", "2026-02-30", "2026-13-01", "tomorrow", "24/11", "", "   "}) {
            assertEquals(Optional.empty(), british.parse(text), text);
            assertEquals(Optional.empty(), american.parse(text), text);
        }
    }

    @Test
    void theHintShowsBothForms() {
        assertEquals("2026-11-24 or 24/11/2026", british.hint());
        assertEquals("2026-11-24 or 11/24/2026", american.hint());
    }
}
