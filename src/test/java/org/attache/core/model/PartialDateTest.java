package org.attache.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @Test
    void readsYearMonthAndFullDatesAndWritesThemBackUnchanged() {
        assertEquals("2023", PartialDate.parse("2023").toString());
        assertEquals("2023-07", PartialDate.parse("2023-07").toString());
        assertEquals("2023-07-15", PartialDate.parse("2023-07-15").toString());
        assertTrue(PartialDate.parse("2023-07-15").isComplete());
        assertFalse(PartialDate.parse("2023-07").isComplete());
    }

    @Test
    void ordersLessPreciseDatesFirstWithinTheSamePeriod() {
        assertTrue(PartialDate.parse("2023").compareTo(PartialDate.parse("2023-01")) < 0);
        assertTrue(PartialDate.parse("2023-07").compareTo(PartialDate.parse("2023-07-01")) < 0);
        assertTrue(PartialDate.parse("2022-12-31").compareTo(PartialDate.parse("2023")) < 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-13", "2023-02-29", "2023-04-31", "2023-00-10", "23-01-01", "2023/01/01", "", "soon"})
    void rejectsTextThatIsNotARealDate(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
        assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
    }

    @Test
    void acceptsTheLeapDayOfALeapYear() {
        assertEquals(29, PartialDate.parse("2024-02-29").day());
    }
}
