package org.attache.app.summary;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.attache.Fixtures;
import org.attache.core.data.DatasetReader;
import org.attache.core.data.Problem;
import org.junit.jupiter.api.Test;

class ProblemPlaceTest {
    @Test
    void showsTheLinesAroundTheProblemWithItsLineMarked() {
        Path file = Fixtures.path("broken/unknown-source.json");
        Problem p = new DatasetReader().read(file).problems().stream()
                .filter(x -> x.message().contains("unknown source")).findFirst().orElseThrow();
        String excerpt = ProblemPlace.excerpt(p);
        assertTrue(excerpt.contains("\u25b6 " + String.format("%5d", p.location().line())), excerpt);
        assertTrue(excerpt.contains("src-missing"), excerpt);
        assertEquals(2 * ProblemPlace.CONTEXT + 2, excerpt.lines().count(), "lines around it and the column mark");
    }

    @Test
    void aProblemOfTheWholeFileSaysSo() {
        Problem p = new DatasetReader().read(Fixtures.path("broken/empty.json")).problems().get(0);
        assertTrue(ProblemPlace.excerpt(p).startsWith("This problem concerns the whole file"));
    }
}
