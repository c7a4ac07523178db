package org.attache.core.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.attache.core.chart.ChartSpec;

/** Draws charts on a document's pages: each a form, painted once per process ({@link ChartForms}). */
final class ChartDrawer {
    private final Fonts fonts;

    ChartDrawer(Fonts fonts) {
        this.fonts = fonts;
    }

    /** Draws the chart on the flow's page, its top left corner at ({@code x}, {@code top}). */
    void draw(PageFlow flow, ChartSpec spec, float x, float top, float width, float height) throws IOException {
        PDFormXObject form = ChartForms.form(flow.document(), fonts, spec, width, height);
        PDPageContentStream cs = flow.content();
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(x, top - height));
        cs.drawForm(form);
        cs.restoreGraphicsState();
    }
}
