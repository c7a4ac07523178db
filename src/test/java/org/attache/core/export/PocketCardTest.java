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

    @Test
    void theCardIsExactlyOnePageForEveryCountryOnA4AndLetter() throws IOException {
        for (Country c : CountrySelection.all().countries(DATA)) {
            for (PaperSize paper : PaperSize.values()) {
                Pack pack = Pack.of(c.code(), Template.MINISTERIAL).withPaper(paper);
                byte[] pdf = exporter.render(DATA, pack, "campaign.json", CREATED, Output.CARD);
                try (PDDocument doc = Loader.loadPDF(pdf)) {
                    assertEquals(1, doc.getNumberOfPages(), c.code() + " on " + paper);
                }
            }
        }
    }

    @Test
    void theCardHoldsTheStandingTheAsksPointsAFigureAndItsSources() throws IOException {
        String text = cardText("NL");
        for (String part : new String[] {"Pocket card: Netherlands", "The Netherlands is not among Taiwan",
                "Ask", "Speak up for Taiwan", "Of INTERPOL: Observer status at the General Assembly", "Say",
                "Figures", "Sources"}) {
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
