package org.attache.core.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.attache.core.chart.ChartCategory;
import org.attache.core.chart.ChartPoint;
import org.attache.core.chart.ChartSeries;
import org.attache.core.chart.ChartSpec;
import org.attache.core.chart.ChartType;
import org.attache.core.chart.ChartWords;
import org.junit.jupiter.api.Test;

/** A chart is painted once per process; every document then gets it as a form of its own, in its own fonts. */
class ChartFormsTest {

    /** A chart no other test draws, so that the first document here paints it and the second reuses it. */
    private static ChartSpec chart(String title) {
        return new ChartSpec(ChartType.LINE, title, "INTERPOL General Assembly", "Supporters",
                List.of(new ChartCategory("2022", "90th", null), new ChartCategory("2023", "91st", null)),
                List.of(new ChartSeries("Reported by MOFA", 0, List.of(point(50, "50"), point(60, "60+")))),
                "", ChartWords.ENGLISH);
    }

    private static ChartPoint point(double v, String label) {
        return new ChartPoint(v, label.endsWith("+"), label, "", List.of(), List.of());
    }

    @Test
    void aChartDrawnInOneDocumentIsTheSameFormInAnotherInThatDocumentsFonts() throws IOException {
        ChartSpec spec = chart("Zealous quorum of jurisdictions " + System.nanoTime());
        byte[] first = pdfWith(spec);
        byte[] second = pdfWith(spec);

        assertArrayEquals(first, second, "the document that painted the chart and the one that reused it are the same");
        try (PDDocument a = new PDDocument(); PDDocument b = new PDDocument()) {
            Fonts fa = new Fonts(a);
            Fonts fb = new Fonts(b);
            PDFormXObject formA = ChartForms.form(a, fa, spec, 300, 160);
            PDFormXObject formB = ChartForms.form(b, fb, spec, 300, 160);
            assertArrayEquals(content(formA), content(formB), "the same operators");
            assertNotSame(formA.getCOSObject(), formB.getCOSObject(), "a form of each document's own");
            for (COSName name : formB.getResources().getFontNames()) {
                var font = formB.getResources().getCOSObject().getCOSDictionary(COSName.FONT).getCOSDictionary(name);
                assertTrue(font == fb.sans().getCOSObject() || font == fb.bold().getCOSObject(),
                        name.getName() + " is one of the second document's own fonts");
            }
        }
        try (PDDocument read = Loader.loadPDF(second)) {
            String text = new PDFTextStripper().getText(read);
            assertTrue(text.contains("Zealous quorum of jurisdictions"), "the reused chart's title reads back: " + text);
            assertTrue(text.contains("60+"), "and its labels: " + text);
        }
    }

    /** A one-page PDF showing the chart, through the renderer's own drawing and saving. */
    private static byte[] pdfWith(ChartSpec spec) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Fonts fonts = new Fonts(doc);
            PDPage page = new PDPage();
            doc.addPage(page);
            PDFormXObject form = ChartForms.form(doc, fonts, spec, 300, 160);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawForm(form);
            }
            org.apache.pdfbox.cos.COSArray id = new org.apache.pdfbox.cos.COSArray();
            id.add(new org.apache.pdfbox.cos.COSString(new byte[16]));
            id.add(new org.apache.pdfbox.cos.COSString(new byte[16]));
            doc.getDocument().getTrailer().setItem(COSName.ID, id); // else the writer makes one from the time
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] content(PDFormXObject form) throws IOException {
        try (InputStream in = form.getCOSObject().createInputStream()) {
            return in.readAllBytes();
        }
    }
}
