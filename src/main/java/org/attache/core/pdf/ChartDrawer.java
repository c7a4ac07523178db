package org.attache.core.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.attache.core.chart.ChartPainter;
import org.attache.core.chart.ChartSpec;

/**
 * Draws charts into a PDF as vector paths and real, selectable text: the shared painter draws on a Java2D
 * surface that writes PDF operators, with the bundled fonts mapped to the fonts the document embeds.
 */
final class ChartDrawer {
    private final Fonts fonts;
    private final ChartPainter painter;
    private ChartPainter chinesePainter;
    private PdfBoxGraphics2DFontTextDrawer textDrawer;

    ChartDrawer(Fonts fonts) {
        this.fonts = fonts;
        this.painter = new ChartPainter(FontFiles.awt(FontFace.SANS), FontFiles.awt(FontFace.SANS_BOLD));
    }

    /** A chart in Chinese is drawn in the Chinese face, which has the Latin letters and digits too. */
    private ChartPainter painterFor(ChartSpec spec) {
        if (!spec.words().chinese()) return painter;
        if (chinesePainter == null) {
            chinesePainter = new ChartPainter(FontFiles.awt(FontFace.CJK), FontFiles.awt(FontFace.CJK_BOLD));
        }
        return chinesePainter;
    }

    void draw(PageFlow flow, ChartSpec spec, float x, float top, float width, float height) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(flow.document(), width, height);
        try {
            g.setFontTextDrawer(textDrawer(spec.words().chinese()));
            painterFor(spec).paint(g, spec, width, height);
        } finally {
            g.dispose();
        }
        PDFormXObject form = g.getXFormObject();
        PDPageContentStream cs = flow.content();
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(x, top - height));
        cs.drawForm(form);
        cs.restoreGraphicsState();
    }

    private PdfBoxGraphics2DFontTextDrawer textDrawer(boolean chinese) {
        if (textDrawer == null) {
            textDrawer = new PdfBoxGraphics2DFontTextDrawer();
            textDrawer.registerFont(FontFiles.awt(FontFace.SANS).getFontName(), fonts.sans());
            textDrawer.registerFont(FontFiles.awt(FontFace.SANS_BOLD).getFontName(), fonts.bold());
        }
        if (chinese && !chineseRegistered) {
            textDrawer.registerFont(FontFiles.awt(FontFace.CJK).getFontName(), fonts.get(FontFace.CJK));
            textDrawer.registerFont(FontFiles.awt(FontFace.CJK_BOLD).getFontName(), fonts.get(FontFace.CJK_BOLD));
            chineseRegistered = true;
        }
        return textDrawer;
    }

    private boolean chineseRegistered;
}
