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
                        new Span("\u00a0[3, 4]", fonts.sans(), 6.5f, Color.BLUE, 3.2f, 3, null, null)), measure);

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

    private static final String CHINESE = "中華民國（臺灣）願與各國分享打擊跨國犯罪的經驗，包括詐騙、毒品、洗錢及網路犯罪。"
            + "「警察合作」不應有政治界線；臺灣應以觀察員身分參加國際刑警組織大會。我們感謝拉脫維亞、巴拉圭等友邦的支持！";
    private static final String CLOSERS = "，。、；：？！）」』】》";
    private static final String OPENERS = "（「『【《";

    /** Chinese breaks between characters, never before a closing mark nor after an opening one, nothing lost. */
    @Test
    void chineseBreaksBetweenCharactersButNeverBeforeAClosingOrAfterAnOpeningMark() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Fonts fonts = new Fonts(doc);
            int closersAtEnd = 0;
            for (float measure = 60; measure <= 420; measure += 3) {
                List<TextLine> lines = new LineBreaker(fonts).wrap(List.of(Span.of(CHINESE, fonts.sans(), 10, Color.BLACK)),
                        measure);
                assertTrue(lines.size() > 1, "the text does not fit one line at " + measure);
                assertEquals(CHINESE, String.join("", lines.stream().map(LineBreakerTest::text).toList()), "nothing lost");
                for (int i = 0; i < lines.size(); i++) {
                    String t = text(lines.get(i));
                    assertTrue(CLOSERS.indexOf(t.charAt(0)) < 0, measure + ": a line starts with a closing mark: " + t);
                    assertTrue(OPENERS.indexOf(t.charAt(t.length() - 1)) < 0 || i == lines.size() - 1,
                            measure + ": a line ends with an opening mark: " + t);
                    assertTrue(lines.get(i).width() <= measure + 10.5f, measure + ": overflows: " + t);
                    if (CLOSERS.indexOf(t.charAt(t.length() - 1)) >= 0) closersAtEnd++;
                }
                assertTrue(lines.get(0).pieces().get(0).style().font() != fonts.sans(), "set in the Chinese face");
            }
            assertTrue(closersAtEnd > 0, "closing marks are carried to the end of the line before");
        }
    }

    /** Latin and Chinese on one line: each in its own face, breaking at the Latin spaces and between characters. */
    @Test
    void mixedLatinAndChineseKeepTheirFacesAndTheirOwnBreaks() throws IOException {
        String text = "Taiwan (臺灣) asks INTERPOL to admit it as an observer，並參與 the General Assembly.";
        try (PDDocument doc = new PDDocument()) {
            Fonts fonts = new Fonts(doc);
            for (float measure = 80; measure <= 500; measure += 7) {
                List<TextLine> lines = new LineBreaker(fonts).wrap(List.of(Span.of(text, fonts.sans(), 10, Color.BLACK)), measure);
                String joined = String.join(" ", lines.stream().map(LineBreakerTest::text).toList());
                assertEquals(text.replace(" ", ""), joined.replace(" ", ""), "nothing lost");
                for (TextLine line : lines) {
                    for (TextLine.Piece p : line.pieces()) {
                        boolean chinese = p.text().chars().anyMatch(c -> ChineseBreaks.isChinese((char) c));
                        boolean latin = p.text().codePoints().anyMatch(Character::isLetter) && p.text().chars().anyMatch(c -> c < 128 && Character.isLetter(c));
                        assertTrue(!(chinese && latin), "one face per piece: " + p.text());
                        assertEquals(chinese, p.style().font() != fonts.sans(), p.text());
                    }
                }
                for (int i = 0; i + 1 < lines.size(); i++) {
                    String end = text(lines.get(i));
                    String next = text(lines.get(i + 1));
                    boolean latinBoth = Character.isLetter(end.charAt(end.length() - 1)) && end.charAt(end.length() - 1) < 128
                            && Character.isLetter(next.charAt(0)) && next.charAt(0) < 128;
                    String lastWord = end.replaceAll("^.*?([A-Za-z]+)$", "$1");
                    String firstWord = next.replaceAll("^([A-Za-z]+).*$", "$1");
                    assertTrue(!latinBoth || text.contains(lastWord + " " + firstWord),
                            measure + ": a Latin word is never split: " + end + " | " + next);
                }
            }
        }
    }

    /**
     * Lines are planned once per process and the plan serves every later document: a second document's lines are the
     * first's, piece for piece, but in its own fonts (the Chinese run too), and the same text at another measure, size
     * or colour is broken afresh.
     */
    @Test
    void linesPlannedForOneDocumentServeAnotherInItsOwnFonts() throws IOException {
        String text = "Taiwan (臺灣) asks INTERPOL to admit it as an observer at the General Assembly, with access to I-24/7.";
        try (PDDocument first = new PDDocument(); PDDocument second = new PDDocument()) {
            Fonts a = new Fonts(first);
            Fonts b = new Fonts(second);
            List<Span> cited = List.of(Span.of(text, a.sans(), 10, Color.BLACK),
                    new Span("\u00a0[3]", a.sans(), 6.5f, Color.BLUE, 3.2f, 3, null, null));
            List<TextLine> learnt = new LineBreaker(a).wrap(cited, 160);
            List<TextLine> reused = new LineBreaker(b).wrap(List.of(Span.of(text, b.sans(), 10, Color.BLACK),
                    new Span("\u00a0[3]", b.sans(), 6.5f, Color.BLUE, 3.2f, 3, null, null)), 160);

            assertEquals(learnt.size(), reused.size());
            boolean chinese = false;
            for (int i = 0; i < learnt.size(); i++) {
                assertEquals(learnt.get(i).width(), reused.get(i).width());
                assertEquals(learnt.get(i).pieces().size(), reused.get(i).pieces().size());
                for (int k = 0; k < learnt.get(i).pieces().size(); k++) {
                    TextLine.Piece was = learnt.get(i).pieces().get(k);
                    TextLine.Piece is = reused.get(i).pieces().get(k);
                    assertEquals(was.text(), is.text());
                    assertEquals(was.x(), is.x());
                    assertEquals(was.style().cite(), is.style().cite());
                    assertEquals(a.face(was.style().font()), b.face(is.style().font()), "the same face");
                    assertTrue(b.face(is.style().font()) != null, "a font of the second document");
                    chinese |= b.face(is.style().font()) == FontFace.CJK;
                }
            }
            assertTrue(chinese, "the Chinese run is in the second document's Chinese face");

            List<TextLine> wider = new LineBreaker(b).wrap(List.of(Span.of(text, b.sans(), 10, Color.BLACK)), 400);
            List<TextLine> larger = new LineBreaker(b).wrap(List.of(Span.of(text, b.sans(), 14, Color.BLACK)), 160);
            List<TextLine> red = new LineBreaker(b).wrap(List.of(Span.of(text, b.sans(), 10, Color.RED)), 160);
            assertTrue(wider.size() < learnt.size(), "a wider measure, fewer lines");
            assertTrue(larger.size() > learnt.size() - 1 && larger.get(0).width() != learnt.get(0).width(), "a larger size");
            assertEquals(Color.RED, red.get(0).pieces().get(0).style().colour(), "another colour");
        }
    }
}
