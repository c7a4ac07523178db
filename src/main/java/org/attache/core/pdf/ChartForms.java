package org.attache.core.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.attache.core.chart.ChartSpec;

/**
 * Charts drawn once per process and shared by every pack and thread, as {@link LinePlans} shares broken lines: the
 * growth charts are the same in every pack of a batch. A chart is drawn into a scratch document of its thread and
 * kept as what its form says (its operators, its box, which face each font name is) and the characters it shows;
 * every document then gets the chart as a form of its own, in its own fonts, with those characters added to their
 * subsets. Every chart takes that way, the first drawing of it too, so a pack's bytes never depend on which pack
 * drew a chart first.
 */
final class ChartForms {
    /** Beyond this many charts the recordings start again, so that a long session cannot grow them without end. */
    private static final int MOST_CHARTS = 500;
    /** A scratch document is closed and made again after this many charts, so that what it holds stays small. */
    private static final int SCRATCH_USES = 64;
    private static final Map<Key, Recorded> CHARTS = new ConcurrentHashMap<>();
    private static final ThreadLocal<Scratch> SCRATCH = new ThreadLocal<>();

    private record Key(ChartSpec spec, float width, float height) {
    }

    /** A chart as drawn once: its form's operators and box, the face of each font it names, the characters shown in each. */
    private record Recorded(byte[] content, float[] box, Map<String, FontFace> fonts, Map<FontFace, int[]> shown) {
    }

    /** A document of this thread that charts are drawn into, never saved. */
    private static final class Scratch {
        final PDDocument document = new PDDocument();
        final Fonts fonts = new Fonts(document);
        final ChartPainting painting = new ChartPainting(document, fonts);
        int uses;
    }

    private ChartForms() {
    }

    /** The chart as a form of {@code document}, in its fonts ({@code fonts}). */
    static PDFormXObject form(PDDocument document, Fonts fonts, ChartSpec spec, float width, float height)
            throws IOException {
        Key key = new Key(spec, width, height);
        Recorded chart = CHARTS.get(key);
        if (chart == null) {
            chart = record(spec, width, height);
            if (CHARTS.size() >= MOST_CHARTS) CHARTS.clear();
            CHARTS.put(key, chart);
        }
        return replay(document, fonts, chart);
    }

    private static Recorded record(ChartSpec spec, float width, float height) throws IOException {
        Scratch scratch = SCRATCH.get();
        if (scratch == null || scratch.uses >= SCRATCH_USES) {
            if (scratch != null) scratch.document.close();
            scratch = new Scratch();
            SCRATCH.set(scratch);
        }
        scratch.uses++;
        ChartPainting.Painted painted = scratch.painting.paint(spec, width, height);
        PDFormXObject form = painted.form();
        byte[] content;
        try (InputStream in = form.getCOSObject().createInputStream()) {
            content = in.readAllBytes();
        }
        PDRectangle bbox = form.getBBox();
        Map<String, FontFace> names = fontNames(form.getResources(), scratch.fonts);
        return new Recorded(content, new float[] {bbox.getLowerLeftX(), bbox.getLowerLeftY(), bbox.getWidth(),
                bbox.getHeight()}, names, painted.shown());
    }

    /** Which face each font the form's resources name is; the resources hold fonts only. */
    private static Map<String, FontFace> fontNames(PDResources resources, Fonts fonts) {
        Map<String, FontFace> names = new LinkedHashMap<>();
        COSDictionary all = resources.getCOSObject();
        for (COSName category : all.keySet()) {
            if (!COSName.FONT.equals(category)) {
                throw new IllegalStateException("a chart's form holds resources other than fonts: " + category.getName());
            }
        }
        COSDictionary fontDictionary = all.getCOSDictionary(COSName.FONT);
        if (fontDictionary == null) return names;
        for (COSName name : fontDictionary.keySet()) {
            COSBase font = fontDictionary.getItem(name);
            if (font instanceof COSObject o) font = o.getObject();
            names.put(name.getName(), fonts.face((COSDictionary) font));
        }
        return names;
    }

    /** The recorded chart as a form of {@code document}, its characters added to the subsets of the document's fonts. */
    private static PDFormXObject replay(PDDocument document, Fonts fonts, Recorded chart) throws IOException {
        PDFormXObject form = new PDFormXObject(new PDStream(document, new ByteArrayInputStream(chart.content()),
                COSName.FLATE_DECODE));
        form.setBBox(new PDRectangle(chart.box()[0], chart.box()[1], chart.box()[2], chart.box()[3]));
        PDResources resources = new PDResources();
        COSDictionary fontDictionary = new COSDictionary();
        chart.fonts().forEach((name, face) -> fontDictionary.setItem(COSName.getPDFName(name), fonts.get(face)));
        resources.getCOSObject().setItem(COSName.FONT, fontDictionary);
        form.setResources(resources);
        chart.shown().forEach((face, codePoints) -> {
            PDType0Font font = fonts.get(face);
            for (int cp : codePoints) font.addToSubset(cp);
        });
        return form;
    }
}
