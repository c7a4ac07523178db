package org.attache.core.pdf;

import static org.attache.core.pdf.PageStyle.*;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.attache.core.document.Cover;

/**
 * The cover page and the contents, which lists every section with the page it starts on. The cover reads as
 * paragraphs; the contents as a heading and a table of contents whose entries link to their pages.
 */
final class FrontPages {
    private static final float ENTRY_LEADING = 21;
    private static final float CONTENTS_TITLE = 48;

    private final PageFlow flow;
    private final Tags tags;
    private final Fonts fonts;
    private final LineBreaker breaker;
    private PDStructureElement contentsHeading;
    private PDStructureElement contentsList;

    FrontPages(PageFlow flow, Fonts fonts) {
        this.flow = flow;
        this.tags = flow.tags();
        this.fonts = fonts;
        this.breaker = new LineBreaker(fonts);
    }

    void cover(Cover cover) throws IOException {
        flow.newPage();
        float left = flow.left();
        float width = flow.width();
        float y = flow.pageHeight() * 0.70f;
        flow.fill(NAVY, left, y + 40, 56, 5);
        y = paragraph(cover.kicker().toUpperCase(java.util.Locale.ROOT), fonts.bold(), 11, MUTED, left, y, width, 16);
        y -= 8;
        y = paragraph(cover.title(), fonts.bold(), 34, NAVY, left, y, width, 40);
        y = paragraph(cover.subtitle(), fonts.sans(), 15, MUTED, left, y - 4, width, 20);
        if (!cover.inEnglish().isEmpty()) y = paragraph(cover.inEnglish(), fonts.sans(), 12, MUTED, left, y - 2, width, 16);
        y -= 22;
        flow.rule(RULE, 0.8f, left, y, left + width, y);
        y -= 20;
        float labelWidth = 110;
        for (Cover.Line l : cover.lines()) {
            tags.open(Tags.P);
            line(l.label(), fonts.bold(), 9, MUTED, left, y - 1.5f, labelWidth, 14);
            List<TextLine> value = breaker.wrap(List.of(Span.of(l.value(), fonts.sans(), 11, INK)), width - labelWidth);
            for (TextLine v : value) {
                flow.drawLineAt(v, left + labelWidth, y - 11);
                y -= 15.5f;
            }
            tags.close();
            y -= 7;
        }
        List<TextLine> foot = breaker.wrap(List.of(Span.of(cover.footnote(), fonts.italic(), 8.5f, MUTED)), width);
        float fy = flow.bottom() + foot.size() * 12;
        tags.open(Tags.P);
        for (TextLine l : foot) {
            flow.drawLineAt(l, left, fy);
            fy -= 12;
        }
        tags.close();
    }

    /** Sets a text as a paragraph of its own. */
    private float paragraph(String text, org.apache.pdfbox.pdmodel.font.PDType0Font font, float size, java.awt.Color colour,
                            float x, float y, float width, float leading) throws IOException {
        tags.open(Tags.P);
        float below = line(text, font, size, colour, x, y, width, leading);
        tags.close();
        return below;
    }

    private float line(String text, org.apache.pdfbox.pdmodel.font.PDType0Font font, float size, java.awt.Color colour,
                       float x, float y, float width, float leading) throws IOException {
        for (TextLine l : breaker.wrap(List.of(Span.of(text, font, size, colour)), width)) {
            flow.drawLineAt(l, x, y - size);
            y -= leading;
        }
        return y;
    }

    /** Pages the contents will take for {@code entries} sections. */
    int contentsPages(int entries) {
        float first = flow.top() - flow.bottom() - CONTENTS_TITLE;
        float rest = flow.top() - flow.bottom();
        int onFirst = (int) (first / ENTRY_LEADING);
        if (entries <= onFirst) return 1;
        return 1 + (int) Math.ceil((entries - onFirst) / Math.floor(rest / ENTRY_LEADING));
    }

    /**
     * Holds the contents' place in the reading order, after the cover and before the sections, while its pages
     * wait to be written.
     */
    void reserveContents() {
        contentsHeading = tags.add("H1");
        contentsList = tags.add(Tags.TOC);
    }

    /** Writes the contents onto the pages reserved for it, starting at page {@code first}. */
    void contents(String title, List<String> entries, List<Integer> pageIndexes, int first) throws IOException {
        int page = first;
        PDPageContentStream cs = open(page);
        float y = flow.top();
        TextLine heading = breaker.wrap(List.of(Span.of(title, fonts.bold(), H1, NAVY)), flow.width()).get(0);
        tags.enter(contentsHeading);
        flow.drawLine(cs, page, heading, flow.left(), y - H1);
        tags.close();
        tags.enter(contentsList);
        y -= CONTENTS_TITLE;
        for (int i = 0; i < entries.size(); i++) {
            if (y - ENTRY_LEADING < flow.bottom()) {
                tags.end();
                cs.close();
                cs = open(++page);
                y = flow.top();
            }
            String number = Integer.toString(pageIndexes.get(i) + 1);
            float numberWidth = fonts.width(fonts.sans(), 11, number);
            float available = flow.width() - numberWidth - 30;
            TextLine entry = breaker.wrap(List.of(Span.of(entries.get(i), fonts.sans(), 11, INK)), available).get(0);
            float baseline = y - 13;
            tags.open(Tags.TOCI);
            tags.open(Tags.REFERENCE);
            PDStructureElement link = tags.open(Tags.LINK);
            flow.drawLine(cs, page, entry, flow.left(), baseline);
            TextLine num = breaker.wrap(List.of(Span.of(number, fonts.sans(), 11, INK)), 60).get(0);
            flow.drawLine(cs, page, num, flow.left() + flow.width() - numberWidth, baseline);
            tags.decoration(cs, page);
            leader(cs, flow.left() + entry.width() + 6, flow.left() + flow.width() - numberWidth - 6, baseline);
            tags.close();
            tags.close();
            tags.close();
            PDRectangle area = new PDRectangle(flow.left(), baseline - 4, flow.width(), ENTRY_LEADING - 4);
            flow.links().add(new PageFlow.Link(page, area, 0, pageIndexes.get(i), null, entries.get(i), link));
            y -= ENTRY_LEADING;
        }
        tags.close();
        tags.end();
        cs.close();
    }

    private PDPageContentStream open(int page) throws IOException {
        return new PDPageContentStream(flow.document(), flow.pages().get(page), PDPageContentStream.AppendMode.APPEND, true);
    }

    /** A dotted line leading the eye from a title to its page number. */
    private static void leader(PDPageContentStream cs, float from, float to, float baseline) throws IOException {
        if (to - from < 12) return;
        cs.setStrokingColor(RULE);
        cs.setLineWidth(0.9f);
        cs.setLineDashPattern(new float[] {0.9f, 3f}, 0);
        cs.moveTo(from, baseline + 1);
        cs.lineTo(to, baseline + 1);
        cs.stroke();
        cs.setLineDashPattern(new float[] {}, 0);
    }
}
