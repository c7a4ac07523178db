package org.attache.core.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.attache.core.pack.PaperSize;

/**
 * The pages of a PDF as they fill: a cursor moving down the text area of the current page, a new page when
 * the next thing does not fit, and a record of where headings, sources and citations landed.
 */
final class PageFlow implements AutoCloseable {
    /** Where something landed: a page index and the y of its top. */
    record Anchor(int page, float y) {
    }

    /** A clickable area that leads to a source note or a page. */
    record Link(int page, PDRectangle area, int sourceNumber, int targetPage, String uri) {
    }

    private final PDDocument document;
    private final PDRectangle mediaBox;
    private final List<PDPage> pages = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;

    PageFlow(PDDocument document, PaperSize paper) {
        this.document = document;
        this.mediaBox = new PDRectangle(paper.width(), paper.height());
    }

    float left() { return PageStyle.MARGIN_LEFT; }
    float width() { return mediaBox.getWidth() - PageStyle.MARGIN_LEFT - PageStyle.MARGIN_RIGHT; }
    float top() { return mediaBox.getHeight() - PageStyle.MARGIN_TOP; }
    float bottom() { return PageStyle.MARGIN_BOTTOM; }
    float pageWidth() { return mediaBox.getWidth(); }
    float pageHeight() { return mediaBox.getHeight(); }
    float y() { return y; }
    int pageIndex() { return pages.size() - 1; }
    List<PDPage> pages() { return pages; }
    List<Link> links() { return links; }
    PDPageContentStream stream() { return stream; }
    PDDocument document() { return document; }

    /** Room left on the current page. */
    float room() {
        return y - bottom();
    }

    boolean atTop() {
        return y >= top();
    }

    void newPage() throws IOException {
        if (stream != null) stream.close();
        PDPage page = new PDPage(mediaBox);
        document.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true);
        y = top();
    }

    /** Starts a new page unless {@code height} fits on this one (or this page is still empty). */
    void ensure(float height) throws IOException {
        if (stream == null || (height > room() && !atTop())) newPage();
    }

    /** Moves down; space at the top of a page is dropped so pages start flush. */
    void space(float height) {
        if (!atTop()) y = Math.max(bottom(), y - height);
    }

    void down(float height) {
        y -= height;
    }

    Anchor here() {
        return new Anchor(pageIndex(), y);
    }

    /** Draws a line of text with its baseline {@code baselineDrop} below the cursor, at {@code x}. */
    void drawLine(TextLine line, float x, float baselineDrop) throws IOException {
        drawLine(stream, pageIndex(), line, x, y - baselineDrop);
    }

    void drawLine(PDPageContentStream cs, int page, TextLine line, float x, float baseline) throws IOException {
        if (line.pieces().isEmpty()) return;
        cs.beginText();
        for (TextLine.Piece p : line.pieces()) {
            Span s = p.style();
            cs.setFont(s.font(), s.size());
            cs.setNonStrokingColor(s.colour());
            cs.setTextMatrix(Matrix.getTranslateInstance(x + p.x(), baseline + s.rise()));
            cs.showText(p.text());
        }
        cs.endText();
        for (TextLine.Piece p : line.pieces()) {
            if (p.style().cite() > 0) {
                PDRectangle area = new PDRectangle(x + p.x(), baseline + p.style().rise() - 1.5f, p.width(),
                        p.style().size() + 2f);
                links.add(new Link(page, area, p.style().cite(), -1, null));
            } else if (p.style().uri() != null) {
                PDRectangle area = new PDRectangle(x + p.x(), baseline - 2f, p.width(), p.style().size() + 2f);
                links.add(new Link(page, area, 0, -1, p.style().uri()));
            }
        }
    }

    void addPageLink(PDRectangle area, int targetPage) {
        links.add(new Link(pageIndex(), area, 0, targetPage, null));
    }

    void fill(Color colour, float x, float top, float w, float h) throws IOException {
        stream.setNonStrokingColor(colour);
        stream.addRect(x, top - h, w, h);
        stream.fill();
    }

    void rule(Color colour, float lineWidth, float x1, float y1, float x2, float y2) throws IOException {
        stream.setStrokingColor(colour);
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    @Override
    public void close() throws IOException {
        if (stream != null) stream.close();
        stream = null;
    }
}
