package org.attache.core.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * Sets a text's lines down the flow of pages: as many as fit, then a new page, keeping at least two lines of a text
 * together on each side of a break; with a marker (a bullet, a number) before the first line and, in a list item,
 * the marker tagged as its label and the lines as its body.
 */
final class LineSetter {
    private final PageFlow flow;
    private final Tags tags;

    LineSetter(PageFlow flow) {
        this.flow = flow;
        this.tags = flow.tags();
    }

    /**
     * Sets lines from the cursor down, moving to a new page when the next line does not fit, never leaving a
     * single line of a longer text alone at a page foot. A bar colour draws a rule left of the lines; a marker
     * is set in the indent of the first line (a bullet or a source number). In a list item, the marker is its label
     * and the lines its body.
     */
    void set(List<TextLine> lines, float size, float leading, float indent, Color bar, TextLine marker)
            throws IOException {
        boolean item = tags.inListItem();
        flow.ensure(Math.min(lines.size(), 2) * leading);
        float chunkTop = flow.y();
        int i = 0;
        while (i < lines.size()) {
            int fit = (int) Math.floor((flow.room() + 0.01f) / leading);
            int take = linesBeforeBreak(lines.size() - i, fit);
            if (take == 0 && flow.atTop()) take = Math.max(1, Math.min(fit, lines.size() - i));
            for (int k = 0; k < take; k++, i++) {
                if (i == 0 && marker != null) {
                    if (item) tags.open(Tags.LBL);
                    flow.drawLine(marker, flow.left(), size + (leading - size) / 2 - 1);
                    if (item) tags.close();
                }
                if (i == 0 && item) tags.open(Tags.LBODY);
                flow.drawLine(lines.get(i), flow.left() + indent, size + (leading - size) / 2 - 1);
                flow.down(leading);
            }
            if (i < lines.size()) {
                if (bar != null && take > 0) barLine(bar, chunkTop, flow.y(), indent);
                flow.newPage();
                chunkTop = flow.y();
            }
        }
        if (bar != null) barLine(bar, chunkTop, flow.y(), indent);
        if (item && !lines.isEmpty()) tags.close();
    }

    /**
     * How many of a paragraph's remaining lines to set before a page break so that neither page holds a single
     * line of it (no orphan at the foot, no widow at the top); 0 moves what is left whole to the next page.
     */
    static int linesBeforeBreak(int remaining, int fit) {
        if (remaining <= fit) return remaining;
        if (fit < 2) return 0;
        if (remaining - fit >= 2) return fit;
        return fit - 1 >= 2 ? fit - 1 : 0;
    }

    private void barLine(Color colour, float top, float bottom, float indent) throws IOException {
        float x = flow.left() + indent - 8;
        flow.rule(colour, 1.6f, x, top, x, bottom + 2);
    }
}
