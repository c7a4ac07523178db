package org.attache.core.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A paragraph split by a page break leaves at least two of its lines on each page: no orphan, no widow. */
class LineBreaksAcrossPagesTest {
    @Test
    void neitherPageHoldsASingleLineOfAParagraph() {
        for (int remaining = 1; remaining <= 40; remaining++) {
            for (int fit = 0; fit <= 60; fit++) {
                int here = LineSetter.linesBeforeBreak(remaining, fit);
                int there = remaining - here;
                assertTrue(here <= Math.max(fit, 0), remaining + "/" + fit + ": never more than fit");
                if (there > 0) {
                    assertTrue(here == 0 || here >= 2, remaining + "/" + fit + ": an orphan of " + here);
                    assertTrue(there >= 2 || here == 0, remaining + "/" + fit + ": a widow of " + there);
                }
            }
        }
    }

    @Test
    void aParagraphThatFitsIsSetWholeAndOneThatCannotSplitWellMovesWhole() {
        assertEquals(5, LineSetter.linesBeforeBreak(5, 5));
        assertEquals(3, LineSetter.linesBeforeBreak(6, 3), "three here, three there");
        assertEquals(3, LineSetter.linesBeforeBreak(5, 4), "not four here and one alone there");
        assertEquals(0, LineSetter.linesBeforeBreak(3, 2), "one here or one there: the whole moves");
        assertEquals(0, LineSetter.linesBeforeBreak(4, 1));
    }
}
