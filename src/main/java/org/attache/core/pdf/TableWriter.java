package org.attache.core.pdf;

import static org.attache.core.pdf.PageStyle.*;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.attache.core.document.Paragraph;
import org.attache.core.document.Table;
import org.attache.core.document.TextStyle;

/**
 * Sets a table: a navy header repeated on every page it runs onto, zebra rows, a row split across pages only when
 * it is taller than a page, a grouped first column named again ("continued") at the top of a new page, and a header
 * that never stands alone at a page's foot. Tagged as a table of rows of cells, the header's cells naming their columns;
 * a header repeated on a later page is an artifact, so that a reader hears it once.
 */
final class TableWriter {
    private static final float CELL_PAD = 4;

    /** Turns a paragraph into styled spans, with its citation marks, as the block writer does for body text. */
    interface Spans {
        List<Span> of(Paragraph p, float size, PDType0Font font, Color colour);
    }

    private final PageFlow flow;
    private final Tags tags;
    private final Fonts fonts;
    private final LineBreaker breaker;
    private final Spans spans;

    TableWriter(PageFlow flow, Fonts fonts, LineBreaker breaker, Spans spans) {
        this.flow = flow;
        this.tags = flow.tags();
        this.fonts = fonts;
        this.breaker = breaker;
        this.spans = spans;
    }

    /**
     * Columns sized to their content: each column gets at least its widest word (never a word cut in two), then the
     * room left is handed out a little at a time to the column where it shortens the table most, or, where no step
     * shortens it yet, to the column whose text is furthest from fitting on one line. Only when the widest words alone
     * overflow the page do the table's own relative widths stand.
     */
    private float[] columnWidths(Table t) {
        int n = t.header().size();
        List<List<LineBreaker.Measured>> columns = new ArrayList<>();
        float[] least = new float[n];
        float[] most = new float[n];
        for (int c = 0; c < n; c++) {
            List<LineBreaker.Measured> column = new ArrayList<>();
            column.add(breaker.measure(List.of(Span.of(t.header().get(c), fonts.bold(), TABLE, Color.WHITE))));
            for (List<Paragraph> row : t.rows()) column.add(breaker.measure(spans.of(row.get(c), TABLE, fonts.sans(), INK)));
            for (LineBreaker.Measured cell : column) {
                least[c] = Math.max(least[c], cell.widest + 2 * CELL_PAD + 1);
                most[c] = Math.max(most[c], cell.natural + 2 * CELL_PAD + 1);
            }
            columns.add(column);
        }
        if (t.grouped() && t.continued() != null) {
            // a group named again at the top of a page carries its mark: "(continued)" is never cut either
            List<Span> mark = spans.of(Paragraph.styled(t.continued(), TextStyle.SMALL), TABLE, fonts.sans(), MUTED);
            least[0] = Math.max(least[0], breaker.measure(mark).widest + 2 * CELL_PAD + 1);
        }
        float room = flow.width();
        float[] widths = least.clone();
        float left = room - sum(least);
        if (left < 0) {
            float total = (float) t.widths().stream().mapToDouble(Float::doubleValue).sum();
            for (int c = 0; c < n; c++) widths[c] = room * t.widths().get(c) / total;
            return widths;
        }
        float step = Math.max(3, left / 50);
        while (left > 0.01f) {
            // the widening that saves the most lines for each point it takes, looking up to 16 steps ahead
            float give = Math.min(step, left);
            int best = -1;
            float bestRate = 0;
            int height = tableLines(columns, widths);
            for (int c = 0; c < n; c++) {
                if (widths[c] >= most[c]) continue;
                for (int k = 1; k <= 16; k *= 2) {
                    float more = Math.min(k * step, left);
                    widths[c] += more;
                    float rate = (height - tableLines(columns, widths)) / more;
                    widths[c] -= more;
                    if (rate > bestRate + 1e-6f) {
                        bestRate = rate;
                        best = c;
                        give = more;
                    }
                    if (more == left) break;
                }
            }
            if (best < 0) {
                give = Math.min(step, left);
                float need = 0;
                for (int c = 0; c < n; c++) {
                    if (most[c] - widths[c] > need) {
                        need = most[c] - widths[c];
                        best = c;
                    }
                }
            }
            if (best < 0) {
                // every column fits its text on one line: the rest is shared in proportion to their widths
                float total = sum(widths);
                for (int c = 0; c < n; c++) widths[c] += left * widths[c] / total;
                break;
            }
            widths[best] += give;
            left -= give;
        }
        return widths;
    }

    /** The table's height in lines at the given widths: each row as tall as its tallest cell. */
    private static int tableLines(List<List<LineBreaker.Measured>> columns, float[] widths) {
        int rows = columns.get(0).size();
        int total = 0;
        for (int r = 0; r < rows; r++) {
            int tallest = 1;
            for (int c = 0; c < widths.length; c++) {
                tallest = Math.max(tallest, columns.get(c).get(r).lines(widths[c] - 2 * CELL_PAD));
            }
            total += tallest;
        }
        return total;
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float v : values) total += v;
        return total;
    }

    private List<List<TextLine>> headerCells(Table t, float[] widths) {
        List<List<TextLine>> header = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            header.add(breaker.wrap(List.of(Span.of(t.header().get(c), fonts.bold(), TABLE, java.awt.Color.WHITE)),
                    widths[c] - 2 * CELL_PAD));
        }
        return header;
    }

    /** The height of a table's header and first row: what must stand together, after its heading too. */
    float start(Table t) {
        float[] widths = columnWidths(t);
        float firstRow = t.rows().isEmpty() ? 0 : rowHeight(cells(t.rows().get(0), widths));
        return rowHeight(headerCells(t, widths)) + firstRow;
    }

    void write(Table t) throws IOException {
        float[] widths = columnWidths(t);
        List<List<TextLine>> header = headerCells(t, widths);
        float headerHeight = rowHeight(header);
        // the header never stands alone at the foot of a page: the first row (or a page's worth of it) follows it
        flow.ensure(Math.min(start(t), flow.top() - flow.bottom()));
        tags.open(Tags.TABLE);
        drawRow(header, widths, headerHeight, NAVY, row(widths.length, true));
        int index = 0;
        Paragraph group = null;
        for (List<Paragraph> row : t.rows()) {
            boolean continuesGroup = t.grouped() && row.get(0).text().isEmpty() && group != null;
            if (t.grouped() && !continuesGroup) group = row.get(0);
            if (continuesGroup && flow.y() >= flow.top() - headerHeight - 0.5f) row = continued(row, group, t.continued());
            List<List<TextLine>> cells = cells(row, widths);
            List<PDStructureElement> cellTags = row(widths.length, false);
            Color fill = index++ % 2 == 1 ? ZEBRA : null;
            while (true) {
                float height = rowHeight(cells);
                if (height <= flow.room()) {
                    drawRow(cells, widths, height, fill, cellTags);
                    break;
                }
                float fullPage = flow.top() - flow.bottom() - headerHeight;
                if (height <= fullPage || flow.room() < TABLE_LEADING * 2 + 2 * CELL_PAD) {
                    flow.newPage();
                    repeatHeader(header, widths, headerHeight);
                    if (continuesGroup) {
                        List<Paragraph> named = continued(row, group, t.continued());
                        cells.set(0, breaker.wrap(spans.of(named.get(0), TABLE, fonts.sans(), MUTED), widths[0] - 2 * CELL_PAD));
                    }
                    continue;
                }
                int fit = (int) ((flow.room() - 2 * CELL_PAD) / TABLE_LEADING);
                List<List<TextLine>> now = new ArrayList<>();
                List<List<TextLine>> rest = new ArrayList<>();
                for (List<TextLine> cell : cells) {
                    now.add(cell.subList(0, Math.min(fit, cell.size())));
                    rest.add(cell.subList(Math.min(fit, cell.size()), cell.size()));
                }
                drawRow(now, widths, rowHeight(now), fill, cellTags);
                cells = rest;
                flow.newPage();
                repeatHeader(header, widths, headerHeight);
            }
        }
        tags.close();
        flow.space(PARAGRAPH_GAP + 4);
    }

    /** A row of the table's tags: its cells, made now and filled as the row is drawn, on one page or two. */
    private List<PDStructureElement> row(int columns, boolean header) {
        tags.open(Tags.TR);
        List<PDStructureElement> cells = new ArrayList<>();
        for (int c = 0; c < columns; c++) cells.add(header ? tags.columnHeader() : tags.add(Tags.TD));
        tags.close();
        return cells;
    }

    private void repeatHeader(List<List<TextLine>> header, float[] widths, float height) throws IOException {
        tags.artifact();
        drawRow(header, widths, height, NAVY, null);
        tags.close();
    }

    /** A row's cells, each wrapped to its column. */
    private List<List<TextLine>> cells(List<Paragraph> row, float[] widths) {
        List<List<TextLine>> cells = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            Paragraph p = row.get(c);
            Color colour = p.style() == TextStyle.SMALL ? MUTED : INK;
            cells.add(breaker.wrap(spans.of(p, TABLE, fonts.sans(), colour), widths[c] - 2 * CELL_PAD));
        }
        return cells;
    }

    /** The row with its blank group cell filled with the group's name, marked as continued. */
    private static List<Paragraph> continued(List<Paragraph> row, Paragraph group, String mark) {
        List<Paragraph> copy = new ArrayList<>(row);
        copy.set(0, new Paragraph("", group.text() + " " + mark, List.of(), TextStyle.SMALL));
        return copy;
    }

    private static float rowHeight(List<List<TextLine>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(1, lines) * TABLE_LEADING + 2 * CELL_PAD;
    }

    /** Draws a row's cells, each as the content of its tag; with no tags, as what is open now (a repeated header). */
    private void drawRow(List<List<TextLine>> cells, float[] widths, float height, Color fill,
                         List<PDStructureElement> cellTags) throws IOException {
        if (fill != null) flow.fill(fill, flow.left(), flow.y(), flow.width(), height);
        float x = flow.left();
        float top = flow.y();
        for (int c = 0; c < widths.length; c++) {
            if (cellTags != null) tags.enter(cellTags.get(c));
            float lineTop = top - CELL_PAD;
            for (TextLine line : cells.get(c)) {
                flow.drawLineAt(line, x + CELL_PAD, lineTop - TABLE - 0.5f);
                lineTop -= TABLE_LEADING;
            }
            if (cellTags != null) tags.close();
            x += widths[c];
        }
        flow.down(height);
        flow.rule(RULE, 0.5f, flow.left(), flow.y(), flow.left() + flow.width(), flow.y());
    }
}
