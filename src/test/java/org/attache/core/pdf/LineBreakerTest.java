package org.attache.core.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
    private static String text(TextLine line) {
        StringBuilder sb = new StringBuilder();
        for (TextLine.Piece p : line.pieces()) sb.append(p.text());
        return sb.toString();
    }

    @Test
    void anAddressTooLongForALineBreaksAfterASeparatorNotInsideAWord() throws IOException {
        String url = "https://curtis.house.gov/press-releases/curtis-leads-bipartisan-effort-to-admit-taiwan-to-"
                + "international-crime-fighting-efforts/";
        try (PDDocument doc = new PDDocument()) {
            Fonts fonts = new Fonts(doc);
            for (int measure = 150; measure <= 400; measure += 25) {
                List<TextLine> lines = new LineBreaker(fonts).wrap(List.of(Span.of(url, fonts.sans(), 8, Color.BLACK)),
                        measure);

                assertTrue(lines.size() > 1, "the address does not fit one line");
                assertEquals(url, String.join("", lines.stream().map(LineBreakerTest::text).toList()), "nothing lost");
                for (TextLine line : lines.subList(0, lines.size() - 1)) {
                    String t = text(line);
                    assertTrue("/-.".indexOf(t.charAt(t.length() - 1)) >= 0, measure + ": a line ends after a separator: " + t);
                    assertTrue(line.width() <= measure, "inside the measure: " + line.width());
                }
            }
        }
    }

    @Test
    void aCitationMarkNeverBreaksInsideAndStaysWithTheWordBeforeIt() throws IOException {
        String text = "2 counted acts of its own; the latest for the 92nd General Assembly, Glasgow, 2024 (reported by MOFA).";
        try (PDDocument doc = new PDDocument()) {
            Fonts fonts = new Fonts(doc);
            int marksAlone = 0;
            for (int measure = 120; measure <= 480; measure += 2) {
                List<TextLine> lines = new LineBreaker(fonts).wrap(List.of(Span.of(text, fonts.sans(), 10, Color.BLACK),
                        new Span("\u00a0[3, 4]", fonts.sans(), 6.5f, Color.BLUE, 3.2f, 3, null)), measure);

                String last = text(lines.get(lines.size() - 1));
                assertTrue(last.endsWith("[3, 4]"), measure + ": the mark whole on the last line: " + last);
                assertTrue(!last.strip().startsWith("[") || lines.size() == 1,
                        measure + ": the mark never starts a line alone: " + last);
                for (TextLine line : lines.subList(0, lines.size() - 1)) {
                    assertTrue(!text(line).contains("[3"), measure + ": no line ends inside the mark: " + text(line));
                }
                if (last.strip().startsWith("MOFA).")) marksAlone++;
            }
            assertTrue(marksAlone > 0, "some measures carry the last word over with its mark");
        }
    }
}
