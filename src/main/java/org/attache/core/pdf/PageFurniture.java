package org.attache.core.pdf;

import static org.attache.core.pdf.PageStyle.*;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * What every page carries: the protective marking at head and foot, the running title, and "Page x of y"; artifacts
 * all, which a screen reader passes over: the marking is read once, on the cover, or at the head of the first page
 * when there is no cover.
 */
final class PageFurniture {
    private final PageFlow flow;
    private final Fonts fonts;
    private final LineBreaker breaker;

    PageFurniture(PageFlow flow, Fonts fonts) {
        this.flow = flow;
        this.fonts = fonts;
        this.breaker = new LineBreaker(fonts);
    }

    void apply(String marking, String runningTitle, org.attache.core.document.Document.PrintWords words, boolean hasCover) throws IOException {
        int total = flow.pages().size();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream cs = new PDPageContentStream(flow.document(), flow.pages().get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                flow.tags().artifact();
                float headY = flow.pageHeight() - HEADER_BASELINE;
                // with no cover to name it, the marking at the head of the first page is the first thing read
                boolean read = !hasCover && i == 0;
                if (read) flow.tags().enter(flow.tags().addFirst(Tags.P));
                float markingWidth = centred(cs, i, marking, headY);
                if (read) flow.tags().close();
                centred(cs, i, marking, FOOTER_BASELINE);
                // what is set left of the marking ends before it, however long the marking and its caveat
                float beside = (flow.width() - markingWidth) / 2 - 10;
                if (!(hasCover && i == 0)) {
                    text(cs, i, runningTitle, fonts.sans(), flow.left(), headY, beside);
                    flow.tags().decoration(cs, i);
                    cs.setStrokingColor(RULE);
                    cs.setLineWidth(0.5f);
                    cs.moveTo(flow.left(), headY - 8);
                    cs.lineTo(flow.left() + flow.width(), headY - 8);
                    cs.stroke();
                }
                text(cs, i, words.footer(), fonts.sans(), flow.left(), FOOTER_BASELINE, beside);
                // "Page 3 of 12", or "第3頁，共12頁": measured as set, in the faces its words need
                TextLine page = breaker.wrap(List.of(Span.of(words.page(i + 1, total), fonts.sans(), 8, MUTED)),
                        Float.MAX_VALUE).get(0);
                flow.drawLine(cs, i, page, flow.left() + flow.width() - page.width(), FOOTER_BASELINE);
                flow.tags().close();
                flow.tags().end();
            }
        }
    }

    /** The marking, centred, shrunk if need be so that even a long free-text marking stays on one line; its width. */
    private float centred(PDPageContentStream cs, int page, String text, float baseline) throws IOException {
        TextLine line = breaker.oneLine(text, fonts.bold(), MARKING_SIZE, MARKING, flow.width() * 0.36f);
        flow.drawLine(cs, page, line, (flow.pageWidth() - line.width()) / 2, baseline);
        return line.width();
    }

    /** A line of small print at the head or foot, made smaller rather than cut when it does not fit {@code maxWidth}. */
    private void text(PDPageContentStream cs, int page, String text, org.apache.pdfbox.pdmodel.font.PDType0Font font,
                      float x, float baseline, float maxWidth) throws IOException {
        if (text.isBlank()) return;
        TextLine line = breaker.oneLine(text, font, 8, MUTED, maxWidth);
        if (!line.pieces().isEmpty()) flow.drawLine(cs, page, line, x, baseline);
    }
}
