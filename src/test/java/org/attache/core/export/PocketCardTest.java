package org.attache.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.attache.core.data.BundledDataset;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.pack.Output;
import org.attache.core.pack.Pack;
import org.attache.core.pack.PaperSize;
import org.attache.core.pack.Template;
import org.junit.jupiter.api.Test;

/** The pocket card: one page for every country a pack can be made for, on either paper. */
class PocketCardTest {
    private static final Dataset DATA = BundledDataset.load().dataset();
    private static final ZonedDateTime CREATED = ZonedDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneOffset.UTC);
    private final PackExporter exporter = new PackExporter();

    /**
     * One page for every country, kind of meeting and paper, holding what the card promises: three points to make
     * and a defensive line everywhere; two figures and the asks of INTERPOL on A4, where nothing needs to give way.
     */
    @Test
    void theCardIsExactlyOnePageForEveryCountryAndHoldsItsPointsFiguresAndDefensiveLine() throws IOException {
        int lettersWithOneFigure = 0;
        for (Template template : Template.values()) {
            for (Country c : CountrySelection.all().countries(DATA)) {
                for (PaperSize paper : PaperSize.values()) {
                    Pack pack = Pack.of(c.code(), template).withPaper(paper);
                    byte[] pdf = exporter.render(DATA, pack, "campaign.json", CREATED, Output.CARD);
                    String where = c.code() + " " + template + " on " + paper;
                    try (PDDocument doc = Loader.loadPDF(pdf)) {
                        assertEquals(1, doc.getNumberOfPages(), where);
                        String text = new PDFTextStripper().getText(doc);
                        assertEquals(3, bullets(text, "Say", "Figures"), where + ": three points\n" + text);
                        assertTrue(text.contains("\nIf they say\n"), where + ": a defensive line\n" + text);
                        int figures = bullets(text, "Figures", "If they say");
                        if (paper == PaperSize.A4) {
                            assertEquals(2, figures, where + ": two figures\n" + text);
                            assertTrue(text.contains("Of INTERPOL:"), where + ": the asks of INTERPOL\n" + text);
                        } else {
                            assertTrue(figures >= 1, where + ": a figure\n" + text);
                            if (figures == 1) lettersWithOneFigure++;
                        }
                    }
                }
            }
        }
        assertTrue(lettersWithOneFigure < 50, "few Letter cards give up their second figure: " + lettersWithOneFigure);
    }

    /** How many bullets stand between two of the card's headings. */
    private static int bullets(String text, String from, String to) {
        int start = text.indexOf("\n" + from + "\n");
        int end = text.indexOf("\n" + to + "\n", start + 1);
        assertTrue(start >= 0 && end > start, from + " before " + to + " in\n" + text);
        return (int) text.substring(start, end).chars().filter(ch -> ch == '\u2022').count();
    }

    @Test
    void theCardHoldsTheStandingTheAsksPointsAFigureAndItsSources() throws IOException {
        String text = cardText("NL");
        for (String part : new String[] {"Pocket card: Netherlands", "The Netherlands is not among Taiwan",
                "Ask", "Speak up for Taiwan", "Of INTERPOL: Observer status at the General Assembly", "Say",
                "Figures", "Rank 4 among 147 countries.", "23 million people.", "If they say", "Sources"}) {
            assertTrue(text.contains(part), part + " in " + text);
        }
        assertFalse(text.contains("Contents"), "one page needs no contents");
        assertTrue(text.contains("Bottom line Objective"), text);
        assertFalse(text.contains("Record of the Netherlands by assembly"));
    }

    @Test
    void theCardsRecordKeepsTheMarkAndSourcesOfTheLatestActs() throws IOException {
        String text = cardText("LV");
        String record = text.substring(text.indexOf("2 counted acts of its own"), text.indexOf("Ask"));
        assertTrue(record.contains("2024 (reported by MOFA). [3, 4]"), record);
    }

    /** The text of the country's ministerial card, its white space run together. */
    private String cardText(String country) throws IOException {
        Pack pack = Pack.of(country, Template.MINISTERIAL);
        try (PDDocument doc = Loader.loadPDF(exporter.render(DATA, pack, "campaign.json", CREATED, Output.CARD))) {
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00a0]+", " ");
        }
    }
}
