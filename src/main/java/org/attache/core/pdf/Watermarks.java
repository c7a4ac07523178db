package org.attache.core.pdf;

import static org.attache.core.pdf.PageStyle.*;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import org.attache.core.document.Document;

/**
 * What is stamped across every page, beneath the text so that the text stays as readable as without it: "DRAFT"
 * in large pale letters across a draft, and a recipient's name, the date and the copy number, faint and repeated
 * down the page, with the same words in a line above the footer. Artifacts all, as the running head and foot are: a
 * screen reader passes over them (the marking and the cover say what the copy is).
 */
final class Watermarks {
    private static final Color DRAFT = new Color(0xE9ECF1);
    private static final Color MARK = new Color(0xE4E8EE);
    private static final double ANGLE = Math.toRadians(35);

    private final PageFlow flow;
    private final LineBreaker breaker;
    private final Fonts fonts;

    Watermarks(PageFlow flow, Fonts fonts) {
        this.flow = flow;
        this.fonts = fonts;
        this.breaker = new LineBreaker(fonts);
    }

    void apply(Document.Stamp stamp) throws IOException {
        if (stamp.draft().isEmpty() && stamp.mark().isEmpty()) return;
        for (int i = 0; i < flow.pages().size(); i++) {
            // prepended: drawn first, so that every line of the page is set on top of it
            try (PDPageContentStream under = new PDPageContentStream(flow.document(), flow.pages().get(i),
                    PDPageContentStream.AppendMode.PREPEND, true, true)) {
                flow.tags().artifact();
                if (!stamp.draft().isEmpty()) across(under, i, stamp.draft(), fonts.bold(), 120, DRAFT, 0.5f);
                if (!stamp.mark().isEmpty()) {
                    for (float at : new float[] {0.18f, 0.82f}) across(under, i, stamp.mark(), fonts.sans(), 20, MARK, at);
                }
                flow.tags().close();
                flow.tags().end();
            }
            if (!stamp.footer().isEmpty()) {
                try (PDPageContentStream over = new PDPageContentStream(flow.document(), flow.pages().get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    TextLine line = breaker.oneLine(stamp.footer(), fonts.sans(), 7, MUTED, flow.width());
                    flow.tags().artifact();
                    flow.drawLine(over, i, line, flow.left(), FOOTER_BASELINE + 12);
                    flow.tags().close();
                    flow.tags().end();
                }
            }
        }
    }

    /** {@code text} centred on a slanting line through the page's middle, at {@code height} of the page's height. */
    private void across(PDPageContentStream cs, int page, String text, org.apache.pdfbox.pdmodel.font.PDType0Font font,
                        float size, Color colour, float height) throws IOException {
        float diagonal = (float) Math.hypot(flow.pageWidth(), flow.pageHeight());
        TextLine line = breaker.oneLine(text, font, size, colour, diagonal * 0.8f);
        flow.tags().decoration(cs, page); // begun outside the saved state, so that it ends after it is restored
        cs.saveGraphicsState();
        cs.transform(Matrix.getRotateInstance(ANGLE, flow.pageWidth() / 2, flow.pageHeight() * height));
        flow.drawLine(cs, page, line, -line.width() / 2, -size * 0.35f);
        cs.restoreGraphicsState();
    }
}
