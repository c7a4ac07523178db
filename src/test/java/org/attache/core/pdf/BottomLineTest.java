package org.attache.core.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.attache.core.document.Block;
import org.attache.core.document.BottomLine;
import org.attache.core.document.Document;
import org.attache.core.document.Heading;
import org.attache.core.export.PackExporter;
import org.attache.core.pack.Meeting;
import org.attache.core.pack.Output;
import org.attache.core.pack.Pack;
import org.attache.core.pack.Template;
import org.junit.jupiter.api.Test;

/** Page one opens with the bottom line: the objective, the asks to this counterpart, where the country stands. */
class BottomLineTest {

    private static Map<String, String> bottomLine(Pack pack) {
        Document doc = PdfPacks.document(pack);
        int summary = doc.blocks().indexOf(new Heading(1, "Summary"));
        Block next = doc.blocks().get(summary + 1);
        assertTrue(next instanceof BottomLine, "the summary opens with the bottom line, not " + next);
        Map<String, String> points = new LinkedHashMap<>();
        for (BottomLine.Point p : ((BottomLine) next).points()) points.put(p.label(), p.text());
        return points;
    }

    @Test
    void withoutAPurposeTheObjectiveFollowsTheMeetingsKindAndNamesTheNextAssembly() {
        Pack pack = Pack.of("NL", Template.PARLIAMENTARY);
        Map<String, String> points = bottomLine(pack);
        assertEquals("Win members\u2019 public voice for Taiwan\u2019s participation in INTERPOL before the 94th General "
                + "Assembly, Hong Kong, 2026: a letter, a question or a resolution.", points.get("Objective"));
        assertEquals("Write to INTERPOL\u2019s leadership, or move a resolution, in support.", points.get("Ask"));
    }

    @Test
    void aCountryThatSpokeUpAtTheLatestAssemblyIsAskedToKeepItsSupport() {
        assertEquals("Keep the government\u2019s public support for Taiwan\u2019s participation in INTERPOL, voiced again at "
                + "the 94th General Assembly, Hong Kong, 2026.", bottomLine(Pack.of("PY", Template.MINISTERIAL)).get("Objective"));
        assertTrue(bottomLine(Pack.of("LV", Template.MINISTERIAL)).get("Objective").startsWith("Win"),
                "Latvia's latest acts were at the 92nd, not the 93rd");
    }

    @Test
    void theUsersPurposeIsTheObjective() {
        Pack pack = Pack.of("LV", Template.MINISTERIAL)
                .withMeeting(Meeting.EMPTY.withPurpose("Thank the minister for the 2024 statement."));
        assertEquals("Thank the minister for the 2024 statement.", bottomLine(pack).get("Objective"));
    }

    @Test
    void whereTheyStandSaysAllyOrNotAndTheCountedRecordWithItsMark() {
        Map<String, String> latvia = bottomLine(Pack.of("LV", Template.MINISTERIAL));
        assertEquals("Not a diplomatic ally of Taiwan; 2 acts of support counted, the latest for the 92nd General "
                + "Assembly, Glasgow, 2024 (reported by MOFA).", latvia.get("Where they stand"));
        assertTrue(latvia.get("Ask").startsWith("Speak up for Taiwan\u2019s participation at the next General Assembly"),
                latvia.toString());

        String paraguay = bottomLine(Pack.of("PY", Template.MINISTERIAL)).get("Where they stand");
        assertTrue(paraguay.startsWith("A diplomatic ally of Taiwan; 4 acts of support counted"), paraguay);
        String bhutan = bottomLine(Pack.of("BT", Template.MINISTERIAL)).get("Where they stand");
        assertEquals("Not a diplomatic ally of Taiwan; no act of support of its own recorded.", bhutan);
    }

    @Test
    void theBottomLineIsPrintedAtTheHeadOfTheSummaryAndOnTheCard() throws IOException {
        Pack pack = Pack.of("LV", Template.MINISTERIAL);
        try (PDDocument doc = Loader.loadPDF(new PdfRenderer().render(PdfPacks.document(pack)))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Summary Bottom line Objective Win the government"), text);
        }
        byte[] card = new PackExporter().render(PdfPacks.DATASET, pack, "campaign.json", PdfPacks.CREATED, Output.CARD);
        try (PDDocument doc = Loader.loadPDF(card)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Bottom line Objective Win the government"), text);
        }
    }
}
