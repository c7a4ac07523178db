package org.attache.core.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.FontFormatException;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.attache.core.chart.ChartPainter;
import org.attache.core.chart.ChartSpec;

/**
 * Paints charts into a document as forms of vector paths and real, selectable text: the shared painter draws on a
 * Java2D surface that writes PDF operators, with the bundled fonts mapped to the fonts the document embeds. It notes
 * the characters each face shows, which a document that reuses the form adds to its fonts' subsets.
 */
final class ChartPainting {
    /** A chart painted: its form, and the characters shown in each face, in order. */
    record Painted(PDFormXObject form, Map<FontFace, int[]> shown) {
    }

    private final PDDocument document;
    private final Fonts fonts;
    private final ChartPainter painter;
    private final Map<FontFace, TreeSet<Integer>> shown = new EnumMap<>(FontFace.class);
    private ChartPainter chinesePainter;
    private TextDrawer textDrawer;
    private boolean chineseRegistered;

    ChartPainting(PDDocument document, Fonts fonts) {
        this.document = document;
        this.fonts = fonts;
        this.painter = new ChartPainter(FontFiles.awt(FontFace.SANS), FontFiles.awt(FontFace.SANS_BOLD));
    }

    /** Paints the chart into a new form of the document. */
    Painted paint(ChartSpec spec, float width, float height) throws IOException {
        shown.clear();
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
        try {
            g.setFontTextDrawer(textDrawer(spec.words().chinese()));
            painterFor(spec).paint(g, spec, width, height);
        } finally {
            g.dispose();
        }
        Map<FontFace, int[]> characters = new EnumMap<>(FontFace.class);
        shown.forEach((face, codePoints) -> characters.put(face, codePoints.stream().mapToInt(Integer::intValue).toArray()));
        return new Painted(g.getXFormObject(), characters);
    }

    /** A chart in Chinese is drawn in the Chinese face, which has the Latin letters and digits too. */
    private ChartPainter painterFor(ChartSpec spec) {
        if (!spec.words().chinese()) return painter;
        if (chinesePainter == null) {
            chinesePainter = new ChartPainter(FontFiles.awt(FontFace.CJK), FontFiles.awt(FontFace.CJK_BOLD));
        }
        return chinesePainter;
    }

    private TextDrawer textDrawer(boolean chinese) {
        if (textDrawer == null) {
            textDrawer = new TextDrawer();
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

    /** Draws text with the document's fonts, noting each character in the face of the font that writes it. */
    private final class TextDrawer extends PdfBoxGraphics2DFontTextDrawer {
        @Override
        public void drawText(AttributedCharacterIterator text, IFontTextDrawerEnv env)
                throws IOException, FontFormatException {
            PDFont font = mapFont(env.getFont(), env);
            if (font != null && fonts.isOwn(font)) {
                TreeSet<Integer> into = shown.computeIfAbsent(fonts.face(font.getCOSObject()), f -> new TreeSet<>());
                StringBuilder sb = new StringBuilder();
                for (char c = text.first(); c != CharacterIterator.DONE; c = text.next()) sb.append(c);
                sb.codePoints().forEach(into::add);
                text.first();
            }
            super.drawText(text, env);
        }
    }
}
