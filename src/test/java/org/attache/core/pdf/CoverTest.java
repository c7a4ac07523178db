package org.attache.core.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.attache.core.document.Cover;
import org.attache.core.document.Document;
import org.attache.core.export.PackExporter;
import org.attache.core.pack.DocumentControl;
import org.attache.core.pack.Output;
import org.attache.core.pack.Pack;
import org.attache.core.pack.Template;
import org.junit.jupiter.api.Test;

/** The cover says what the pack is about, for which meeting, who prepared it, which version, and how to handle it. */
class CoverTest {
    private static final DocumentControl EUROPE_DESK = DocumentControl.EMPTY.withPreparedBy("Europe Desk, Riga office")
            .withReference("EU-2026-117").withVersion(3);

    private static Map<String, String> lines(Pack pack) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (Cover.Line l : PdfPacks.document(pack).cover().lines()) lines.put(l.label(), l.value());
        return lines;
    }

    @Test
    void theCoverCarriesSubjectMeetingPreparerReferenceVersionMarkingAndHandling() {
        Map<String, String> lines = lines(PdfPacks.pack("LV", Template.MINISTERIAL).withControl(EUROPE_DESK));
        assertEquals("Taiwan and INTERPOL: the participation campaign", lines.get("Subject"));
        assertEquals("Jānis Bērziņš, Minister of the Interior", lines.get("Counterpart"));
        assertEquals("Europe Desk, Riga office", lines.get("Prepared by"));
        assertEquals("EU-2026-117, version 3, prepared Sunday 22 November 2026", lines.get("Reference"));
        assertEquals("RESTRICTED", lines.get("Marking"));
        assertTrue(lines.get("Handling").startsWith("Keep it with you"), lines.get("Handling"));
        assertTrue(lines.get("Dataset").startsWith("campaign.json, updated "), lines.get("Dataset"));
    }

    @Test
    void anEmptyReferenceIsTheCountryAndTheMeetingsDateAndAnUnsetPreparerSaysSo() {
        Map<String, String> lines = lines(PdfPacks.pack("LV", Template.MINISTERIAL));
        assertEquals("LV/2026-11-24, version 1, prepared Sunday 22 November 2026", lines.get("Reference"));
        assertEquals("Not set", lines.get("Prepared by"));
    }

    @Test
    void theHandlingLineFollowsTheMarkingUnlessTheUserWroteOne() {
        Pack pack = PdfPacks.pack("LV", Template.MINISTERIAL);
        assertTrue(lines(pack.withClassification("Confidential")).get("Handling").startsWith("Carry it on your person"));
        assertTrue(lines(pack.withClassification("Unclassified")).get("Handling").contains("leave-behind"));
        assertEquals("Handle as its marking, OFFICIAL-SENSITIVE, requires.",
                lines(pack.withClassification("official-sensitive")).get("Handling"));
        Pack written = pack.withControl(DocumentControl.EMPTY.withHandling("Return to the desk after the meeting."));
        assertEquals("Return to the desk after the meeting.", lines(written).get("Handling"));
    }

    @Test
    void everyPageFootNamesTheReferenceVersionAndTheDatasetsDate() throws IOException {
        Pack pack = PdfPacks.pack("LV", Template.MINISTERIAL).withControl(EUROPE_DESK);
        Document doc = PdfPacks.document(pack);
        String footer = doc.words().footer();
        assertEquals("Ref. EU-2026-117 v3 \u00b7 data of " + PdfPacks.DATASET.updated(), footer);
        try (PDDocument pdf = Loader.loadPDF(new PdfRenderer().render(doc))) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertTrue(stripper.getText(pdf).contains("Ref. EU-2026-117 v3"), "page " + page);
            }
        }
    }

    @Test
    void theLeaveBehindHasNoCoverSoNoInternalHandlingReachesTheCounterpart() throws IOException {
        Pack pack = PdfPacks.pack("LV", Template.MINISTERIAL).withControl(EUROPE_DESK);
        assertNull(PdfPacks.document(Output.LEAVE_BEHIND.apply(pack)).cover());
        byte[] pdf = new PackExporter().render(PdfPacks.DATASET, pack, "campaign.json", PdfPacks.CREATED,
                Output.LEAVE_BEHIND);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertFalse(text.contains("Keep it with you"));
            assertFalse(text.contains("RESTRICTED"));
        }
    }
}
