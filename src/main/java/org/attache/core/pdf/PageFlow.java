package org.attache.core.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
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

    /**
     * A clickable area that leads to a source note or a page, or opens a web address; {@code description} says where
     * (null for a source note, named once the sources are known), and {@code tag} is its Link element (null for a
     * link drawn as an artifact).
     */
    record Link(int page, PDRectangle area, int sourceNumber, int targetPage, String uri, String description,
                PDStructureElement tag) {
    }

    private final PDDocument document;
    private final PDRectangle mediaBox;
    private final List<PDPage> pages = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final Tags tags = new Tags(pages);
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
    Tags tags() { return tags; }
    PDDocument document() { return document; }

    /** Room left on the current page. */
    float room() {
        return y - bottom();
    }

    boolean atTop() {
        return y >= top();
    }

    /** The current page's stream, what is drawn next on it marked as the content of the element open now. */
    PDPageContentStream content() throws IOException {
        tags.content(stream, pageIndex());
        return stream;
    }

    void newPage() throws IOException {
        if (stream != null) {
            tags.end();
            stream.close();
        }
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

    /** Draws a line of text on the current page with its baseline at {@code baseline}, wherever the cursor is. */
    void drawLineAt(TextLine line, float x, float baseline) throws IOException {
        drawLine(stream, pageIndex(), line, x, baseline);
    }

    /**
     * Draws a line of text as the content of the element open now; a piece that cites a source or opens an address
     * is a Link element of its own, with the area a link annotation will cover, and a run in another language a Span
     * that says which.
     */
    void drawLine(PDPageContentStream cs, int page, TextLine line, float x, float baseline) throws IOException {
        List<TextLine.Piece> pieces = line.pieces();
        int start = 0;
        while (start < pieces.size()) {
            TextLine.Piece first = pieces.get(start);
            boolean linked = linked(first);
            String language = first.style().language();
            int end = start + 1;
            while (!linked && end < pieces.size() && !linked(pieces.get(end))
                    && Objects.equals(language, pieces.get(end).style().language())) end++;
            PDStructureElement tag = openRun(linked, language);
            tags.content(cs, page);
            cs.beginText();
            for (TextLine.Piece p : pieces.subList(start, end)) {
                Span s = p.style();
                cs.setFont(s.font(), s.size());
                cs.setNonStrokingColor(s.colour());
                cs.setTextMatrix(Matrix.getTranslateInstance(x + p.x(), baseline + s.rise()));
                cs.showText(p.text());
            }
            cs.endText();
            if (linked) links.add(link(page, first, x, baseline, tag));
            if (tag != null) tags.close();
            start = end;
        }
    }

    /** The element a run of a line is drawn in: a Link, a Span in another language, or none but the open one. */
    private PDStructureElement openRun(boolean linked, String language) {
        if (tags.inArtifact()) return null;
        if (!linked) return language == null ? null : tags.openSpan(language);
        PDStructureElement link = tags.open(Tags.LINK);
        if (language != null) link.setLanguage(language);
        return link;
    }

    private static boolean linked(TextLine.Piece p) {
        return p.style().cite() > 0 || p.style().uri() != null;
    }

    private static Link link(int page, TextLine.Piece p, float x, float baseline, PDStructureElement tag) {
        Span s = p.style();
        if (s.cite() > 0) {
            PDRectangle area = new PDRectangle(x + p.x(), baseline + s.rise() - 1.5f, p.width(), s.size() + 2f);
            return new Link(page, area, s.cite(), -1, null, null, tag);
        }
        PDRectangle area = new PDRectangle(x + p.x(), baseline - 2f, p.width(), s.size() + 2f);
        return new Link(page, area, 0, -1, s.uri(), s.uri(), tag);
    }

    void fill(Color colour, float x, float top, float w, float h) throws IOException {
        tags.decoration(stream, pageIndex());
        stream.setNonStrokingColor(colour);
        stream.addRect(x, top - h, w, h);
        stream.fill();
    }

    void rule(Color colour, float lineWidth, float x1, float y1, float x2, float y2) throws IOException {
        tags.decoration(stream, pageIndex());
        stream.setStrokingColor(colour);
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            tags.end();
            stream.close();
        }
        stream = null;
    }
}
