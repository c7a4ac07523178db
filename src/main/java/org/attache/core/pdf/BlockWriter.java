package org.attache.core.pdf;

import static org.attache.core.pdf.PageStyle.*;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.attache.core.chart.ChartDescription;
import org.attache.core.document.Block;
import org.attache.core.document.BulletList;
import org.attache.core.document.BottomLine;
import org.attache.core.document.Callout;
import org.attache.core.document.ChartBlock;
import org.attache.core.document.Heading;
import org.attache.core.document.KeyFigures;
import org.attache.core.document.PageBreak;
import org.attache.core.document.Paragraph;
import org.attache.core.document.SourceList;
import org.attache.core.document.Table;
import org.attache.core.document.TextStyle;

/** Sets the blocks of a document's flow onto pages: wrapping, splitting across pages, keeping headings with what follows. */
final class BlockWriter {
    private static final float BULLET_INDENT = 14;
    /** How far into the left margin a paragraph's number ends. */
    private static final float NUMBER_GAP = 8;
    private static final float CALLOUT_PAD = 8;
    /** The language of a heading's or a paragraph's translation: the English of a bilingual brief. */
    private static final String TRANSLATION = "en";

    /** A heading as it landed, for the contents and bookmarks. */
    record PlacedHeading(Heading heading, PageFlow.Anchor anchor) {
    }

    private final PageFlow flow;
    private final Tags tags;
    private final Fonts fonts;
    private final LineBreaker breaker;
    private final ChartDrawer charts;
    private final TableWriter tables;
    private final List<PlacedHeading> headings = new ArrayList<>();
    private final LineSetter setter;
    private final SourceNotesWriter sources;

    private final String chartSources;
    private final boolean numbered;
    private int paragraphNumber;
    private int tagLevel;

    BlockWriter(PageFlow flow, Fonts fonts, ChartDrawer charts, String chartSources, boolean numbered) {
        this.chartSources = chartSources;
        this.numbered = numbered;
        this.flow = flow;
        this.tags = flow.tags();
        this.fonts = fonts;
        this.breaker = new LineBreaker(fonts);
        this.charts = charts;
        this.tables = new TableWriter(flow, fonts, breaker, this::spans);
        this.setter = new LineSetter(flow);
        this.sources = new SourceNotesWriter(flow, fonts, breaker, setter);
    }

    List<PlacedHeading> headings() { return headings; }
    Map<Integer, PageFlow.Anchor> sourceNotes() { return sources.anchors(); }

    void write(List<Block> blocks) throws IOException {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Heading h) heading(h, keepWith(blocks, i + 1));
            else write(block);
        }
    }

    private void write(Block block) throws IOException {
        if (block instanceof Paragraph p) paragraph(p);
        else if (block instanceof BulletList l) bullets(l);
        else if (block instanceof Table t) tables.write(t);
        else if (block instanceof ChartBlock c) chart(c);
        else if (block instanceof Callout c) box(c.title(), List.of(List.of(Span.of(c.text(), fonts.sans(), 9.5f, INK))));
        else if (block instanceof BottomLine b) bottomLine(b);
        else if (block instanceof KeyFigures k) keyFigures(k);
        else if (block instanceof SourceList s) sources.write(s);
        else if (block instanceof PageBreak) flow.newPage();
        else throw new IllegalArgumentException("no layout for " + block.getClass().getSimpleName());
    }

    // Headings ---------------------------------------------------------------------------------------------

    /**
     * The height that must follow a heading on its page: the start of the next block, and when that is only a
     * short introduction or another heading, the start of the block after it too.
     */
    private float keepWith(List<Block> blocks, int next) {
        if (next >= blocks.size()) return 0;
        Block b = blocks.get(next);
        float height = minHeight(b);
        boolean intro = b instanceof Heading || (b instanceof Paragraph p && p.text().length() < 400);
        if (intro && next + 1 < blocks.size()) height += minHeight(blocks.get(next + 1)) + 2 * BODY_LEADING;
        return height;
    }

    private void heading(Heading h, float keep) throws IOException {
        boolean top = h.level() == 1;
        float size = top ? H1 : h.level() == 2 ? H2 : H3;
        float leading = size * 1.3f;
        List<Span> spans = new ArrayList<>(List.of(Span.of(h.text(), fonts.bold(), size, NAVY)));
        if (!h.translation().isEmpty()) {
            spans.add(Span.of("\u2002" + h.translation(), fonts.sans(), size * 0.85f, MUTED).inLanguage(TRANSLATION));
        }
        List<TextLine> lines = breaker.wrap(spans, flow.width());
        float height = lines.size() * leading + (top ? 8 : 3);
        float before = top ? 22 : h.level() == 2 ? 12 : 7;
        flow.ensure(before + height + keep);
        flow.space(before);
        headings.add(new PlacedHeading(h, flow.here()));
        tags.open("H" + tagLevel(h));
        for (TextLine line : lines) {
            flow.drawLine(line, flow.left(), size);
            flow.down(leading);
        }
        tags.close();
        if (top) {
            flow.rule(RULE, 0.8f, flow.left(), flow.y() - 1, flow.left() + flow.width(), flow.y() - 1);
            flow.down(8);
        } else {
            flow.down(3);
        }
    }

    /**
     * The heading's level in the structure tree: its own, but never more than one below the heading before it, so
     * that a reader's outline skips no level (the pocket card sets its sub-headings compact, as level 3, under a
     * level-1 title).
     */
    private int tagLevel(Heading h) {
        tagLevel = Math.min(h.level(), tagLevel + 1);
        return tagLevel;
    }

    /** The least of a block that must follow a heading on the same page. */
    private float minHeight(Block next) {
        if (next instanceof ChartBlock c) return chartHeight(c) + 16;
        if (next instanceof KeyFigures) return 120;
        if (next instanceof Table t) return Math.min(tables.start(t), flow.top() - flow.bottom() - 120);
        if (next instanceof Heading) return 40;
        return 3 * BODY_LEADING;
    }

    // Text -------------------------------------------------------------------------------------------------

    private List<Span> spans(Paragraph p, float size, PDType0Font font, Color colour) {
        List<Span> spans = new ArrayList<>();
        if (!p.label().isEmpty()) spans.add(Span.of(p.label() + " ", fonts.bold(), size, colour));
        spans.add(Span.of(p.text(), font, size, colour));
        if (!p.citations().isEmpty()) {
            String marks = p.citations().stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
            spans.add(new Span("\u00a0" + marks, fonts.sans(), CITE_SIZE, CITE, CITE_RISE, p.citations().get(0), null, null));
        }
        return spans;
    }

    /** A paragraph's lines followed by those of its translation, which starts a line of its own, in a lighter colour. */
    private List<TextLine> withTranslation(List<TextLine> lines, Paragraph p, float size, float width) {
        if (p.translation().isEmpty()) return lines;
        List<TextLine> all = new ArrayList<>(lines);
        all.addAll(breaker.wrap(List.of(Span.of(p.translation(), fonts.sans(), size, MUTED).inLanguage(TRANSLATION)), width));
        return all;
    }

    private static float size(TextStyle style) {
        return switch (style) {
            case LEAD -> LEAD;
            case SMALL -> SMALL;
            case QUOTE -> 10.5f;
            case BODY -> BODY;
            case COMPACT -> COMPACT;
        };
    }

    private static float leading(TextStyle style) {
        return switch (style) {
            case LEAD -> LEAD_LEADING;
            case SMALL -> SMALL_LEADING;
            case QUOTE -> 14.5f;
            case BODY -> BODY_LEADING;
            case COMPACT -> COMPACT_LEADING;
        };
    }

    private void paragraph(Paragraph p) throws IOException {
        float size = size(p.style());
        float leading = leading(p.style());
        PDType0Font font = p.style() == TextStyle.QUOTE ? fonts.quote() : fonts.sans();
        Color colour = p.style() == TextStyle.SMALL ? MUTED : INK;
        float indent = p.style() == TextStyle.QUOTE ? 16 : 0;
        List<TextLine> lines = withTranslation(breaker.wrap(spans(p, size, font, colour), flow.width() - indent), p, size,
                flow.width() - indent);
        tags.open(Tags.P);
        setter.set(lines, size, leading, indent, p.style() == TextStyle.QUOTE ? NAVY : null, numberFor(p, size, null));
        tags.close();
        flow.space(PARAGRAPH_GAP);
    }

    /**
     * The next paragraph number, set in the left margin and ending just before the text, with the item's own marker
     * (a bullet) after it; just the marker when paragraphs are not numbered or the text is not numbered prose.
     */
    private TextLine numberFor(Paragraph p, float size, TextLine marker) {
        boolean prose = p.style() != TextStyle.SMALL && !p.text().isBlank();
        if (!numbered || !prose) return marker;
        String number = Integer.toString(++paragraphNumber);
        float width = fonts.width(fonts.sans(), size, number);
        List<TextLine.Piece> pieces = new ArrayList<>();
        pieces.add(new TextLine.Piece(-NUMBER_GAP - width, width, number, Span.of(number, fonts.sans(), size, MUTED)));
        if (marker != null) pieces.addAll(marker.pieces());
        return new TextLine(pieces, marker == null ? 0 : marker.width());
    }

    /** Items in body text, or compact text when an item asks for it; a list never sets small or quoted items. */
    private void bullets(BulletList list) throws IOException {
        TextLine bullet = breaker.wrap(List.of(Span.of("\u2022", fonts.bold(), BODY, NAVY)), 20).get(0);
        tags.open(Tags.L);
        for (Paragraph item : list.items()) {
            TextStyle style = item.style() == TextStyle.COMPACT ? TextStyle.COMPACT : TextStyle.BODY;
            List<TextLine> lines = withTranslation(breaker.wrap(spans(item, size(style), fonts.sans(), INK),
                    flow.width() - BULLET_INDENT), item, size(style), flow.width() - BULLET_INDENT);
            tags.open(Tags.LI);
            setter.set(lines, size(style), leading(style), BULLET_INDENT, null, numberFor(item, size(style), bullet));
            tags.close();
            flow.space(style == TextStyle.COMPACT ? 2 : 4);
        }
        tags.close();
        flow.space(PARAGRAPH_GAP - 4);
    }

    /** Each point a paragraph of its own that opens with its label in bold: "Objective. Win ...". */
    private void bottomLine(BottomLine b) throws IOException {
        List<List<Span>> paragraphs = new ArrayList<>();
        for (BottomLine.Point p : b.points()) {
            paragraphs.add(List.of(Span.of(p.label() + "  ", fonts.bold(), 9.5f, NAVY), Span.of(p.text(), fonts.sans(), 9.5f, INK)));
        }
        box(b.title(), paragraphs);
    }

    /**
     * A tinted box with a navy rule at its left: a bold title, then the paragraphs; it splits across pages if it must.
     * The title and each paragraph are paragraphs of the box's division.
     */
    private void box(String title, List<List<Span>> paragraphs) throws IOException {
        float inner = flow.width() - 2 * CALLOUT_PAD - 4;
        List<TextLine> lines = new ArrayList<>(breaker.wrap(List.of(Span.of(title, fonts.bold(), 9.5f, NAVY)), inner));
        Set<Integer> starts = new HashSet<>(List.of(0));
        for (List<Span> paragraph : paragraphs) {
            starts.add(lines.size());
            lines.addAll(breaker.wrap(paragraph, inner));
        }
        float leading = 13.5f;
        tags.open(Tags.DIV);
        flow.space(4);
        flow.ensure(Math.min(lines.size(), 3) * leading + 2 * CALLOUT_PAD);
        int i = 0;
        while (i < lines.size()) {
            if (leading + 2 * CALLOUT_PAD > flow.room()) flow.newPage();
            int fit = Math.max(1, (int) ((flow.room() - 2 * CALLOUT_PAD) / leading));
            int end = Math.min(lines.size(), i + fit);
            float h = (end - i) * leading + 2 * CALLOUT_PAD;
            flow.fill(TINT, flow.left(), flow.y(), flow.width(), h);
            flow.fill(NAVY, flow.left(), flow.y(), 3, h);
            flow.down(CALLOUT_PAD);
            for (; i < end; i++) {
                if (starts.contains(i)) {
                    if (i > 0) tags.close();
                    tags.open(Tags.P);
                }
                flow.drawLine(lines.get(i), flow.left() + CALLOUT_PAD + 4, 9.5f + 1.5f);
                flow.down(leading);
            }
            flow.down(CALLOUT_PAD);
        }
        if (!lines.isEmpty()) tags.close();
        tags.close();
        flow.space(PARAGRAPH_GAP + 4);
    }

    // Charts and figures -----------------------------------------------------------------------------------

    /** A chart is as wide as its data needs: one or two years get a narrow, lower chart, not a page-wide frame. */
    private float chartWidth(ChartBlock c) {
        int years = c.chart().categories().size();
        return flow.width() * (years <= 2 ? 0.45f : years <= 4 ? 0.7f : 1f);
    }

    private float chartHeight(ChartBlock c) {
        return c.chart().categories().size() <= 2 ? CHART_HEIGHT * 0.8f : CHART_HEIGHT;
    }

    private void chart(ChartBlock c) throws IOException {
        float height = chartHeight(c);
        flow.ensure(height + 26);
        flow.space(4);
        float width = chartWidth(c);
        tags.openFigure(ChartDescription.of(c.chart()), new PDRectangle(flow.left(), flow.y() - height, width, height));
        charts.draw(flow, c.chart(), flow.left(), flow.y(), width, height);
        tags.close();
        flow.down(height + 4);
        if (!c.citations().isEmpty() || !c.caption().isEmpty()) {
            String text = c.caption().isEmpty() ? chartSources : c.caption() + " " + chartSources;
            Paragraph sources = new Paragraph("", text, c.citations(), TextStyle.SMALL);
            tags.open(Tags.P);
            setter.set(breaker.wrap(spans(sources, SMALL, fonts.sans(), MUTED), flow.width()), SMALL, SMALL_LEADING, 0, null, null);
            tags.close();
        }
        flow.space(14);
    }

    private void keyFigures(KeyFigures k) throws IOException {
        int n = k.figures().size();
        if (n == 0) return;
        float gap = 14;
        float w = (flow.width() - gap * (n - 1)) / n;
        float inner = w - 16;
        List<TextLine> figures = new ArrayList<>();
        List<List<TextLine>> units = new ArrayList<>();
        List<List<TextLine>> texts = new ArrayList<>();
        float figureSize = 24;
        for (KeyFigures.KeyFigure f : k.figures()) {
            // a long figure is set smaller rather than cut: every box uses the size the widest one needs
            while (figureSize > 12 && oneLine(f.figure(), fonts.bold(), figureSize).width() > inner) figureSize -= 1;
        }
        int unitLines = 1;
        float tallest = 0;
        for (KeyFigures.KeyFigure f : k.figures()) {
            figures.add(oneLine(f.figure(), fonts.bold(), figureSize));
            List<TextLine> unit = breaker.wrap(List.of(Span.of(f.unit(), fonts.bold(), 9, MUTED)), inner);
            units.add(unit);
            unitLines = Math.max(unitLines, unit.size());
            Paragraph p = new Paragraph("", f.text(), f.citations(), TextStyle.SMALL);
            List<TextLine> lines = breaker.wrap(spans(p, SMALL, fonts.sans(), INK), inner);
            texts.add(lines);
            tallest = Math.max(tallest, lines.size() * SMALL_LEADING);
        }
        float unitHeight = unitLines * 11.5f;
        float textTop = 12 + 26 + unitHeight + 6;
        float height = textTop + tallest + 10;
        flow.ensure(height + 8);
        float top = flow.y();
        tags.open(Tags.DIV);
        for (int i = 0; i < n; i++) {
            float x = flow.left() + i * (w + gap);
            tags.open(Tags.P);
            flow.fill(TINT, x, top, w, height);
            flow.fill(NAVY, x, top, w, 2.5f);
            flow.drawLineAt(figures.get(i), x + 8, top - 12 - 22);
            float unitTop = top - 12 - 26;
            for (TextLine line : units.get(i)) {
                flow.drawLineAt(line, x + 8, unitTop - 9);
                unitTop -= 11.5f;
            }
            float lineTop = top - textTop;
            for (TextLine line : texts.get(i)) {
                flow.drawLineAt(line, x + 8, lineTop - SMALL);
                lineTop -= SMALL_LEADING;
            }
            tags.close();
        }
        tags.close();
        flow.down(height);
        flow.space(PARAGRAPH_GAP + 6);
    }

    /** The text on one line, in the font that shows each part of it (Chinese in its own face). */
    private TextLine oneLine(String text, PDType0Font font, float size) {
        return breaker.wrap(List.of(Span.of(text, font, size, NAVY)), Float.MAX_VALUE).get(0);
    }
}
