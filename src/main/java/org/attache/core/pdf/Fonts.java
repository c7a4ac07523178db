package org.attache.core.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF, embedded as subsets, loaded only when first used. A run of text a face cannot show is
 * set in the Chinese face of the same weight ({@link #runs}); a character no face has is written as its code.
 */
final class Fonts {
    private final PDDocument document;
    private final Map<FontFace, PDType0Font> loaded = new EnumMap<>(FontFace.class);
    private final Map<PDType0Font, FaceMetrics> metrics = new IdentityHashMap<>();
    private final Map<PDType0Font, FontFace> faces = new IdentityHashMap<>();

    Fonts(PDDocument document) {
        this.document = document;
    }

    PDType0Font get(FontFace face) {
        return loaded.computeIfAbsent(face, f -> {
            try {
                PDType0Font font = PDType0Font.load(document, FontFiles.parsed(f), true);
                metrics.put(font, FaceMetrics.of(f));
                faces.put(font, f);
                return font;
            } catch (IOException e) {
                throw new IllegalStateException("the bundled font " + f.resource + " cannot be embedded", e);
            }
        });
    }

    /** The face a font of this document was loaded from. */
    FontFace face(PDType0Font font) {
        FontFace face = faces.get(font);
        if (face == null) throw new IllegalArgumentException("not a font of this document: " + font.getName());
        return face;
    }

    /** Whether the font is one of this document's. */
    boolean isOwn(org.apache.pdfbox.pdmodel.font.PDFont font) {
        return font instanceof PDType0Font t && faces.containsKey(t);
    }

    /** The face of one of this document's fonts, found by its dictionary. */
    FontFace face(org.apache.pdfbox.cos.COSDictionary font) {
        for (Map.Entry<PDType0Font, FontFace> e : faces.entrySet()) {
            if (e.getKey().getCOSObject() == font) return e.getValue();
        }
        throw new IllegalArgumentException("not a font of this document");
    }

    PDType0Font sans() { return get(FontFace.SANS); }
    PDType0Font bold() { return get(FontFace.SANS_BOLD); }
    PDType0Font italic() { return get(FontFace.SANS_ITALIC); }
    PDType0Font quote() { return get(FontFace.SERIF_ITALIC); }

    /** One piece of a text in the font that shows it. */
    record Run(String text, PDType0Font font) {
    }

    /**
     * The text split where the font that shows it changes: the given font wherever it can (and for spaces), the
     * Chinese face of the same weight for what it cannot, such as "中華民國（臺灣）". A character neither has stays
     * with the given font, which writes it as its code.
     */
    List<Run> runs(PDType0Font font, String text) {
        List<Run> runs = new ArrayList<>(1);
        StringBuilder current = new StringBuilder(text.length());
        PDType0Font currentFont = font;
        PDType0Font fallback = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            PDType0Font wanted = font;
            if (!Character.isWhitespace(cp) && !shows(font, cp)) {
                if (fallback == null) fallback = get(font == bold() ? FontFace.CJK_BOLD : FontFace.CJK);
                if (shows(fallback, cp)) wanted = fallback;
            } else if (Character.isWhitespace(cp) && currentFont != font && current.length() > 0) {
                wanted = currentFont; // a space between two Chinese characters stays in their run
            }
            if (wanted != currentFont && current.length() > 0) {
                runs.add(new Run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = wanted;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0 || runs.isEmpty()) runs.add(new Run(current.toString(), currentFont));
        return runs;
    }

    private boolean shows(PDType0Font font, int codePoint) {
        return metrics.get(font).shows(font, codePoint);
    }

    /** Width of {@code text} in points at {@code size}; the text must be clean. */
    float width(PDType0Font font, float size, String text) {
        return metrics.get(font).units(font, text) / 1000f * size;
    }

    /**
     * The text with line breaks and tabs made spaces, and each character the font lacks written as its code,
     * "[U+4E2D]", so that a reader sees something is missing and what, never a silent "?".
     */
    String clean(PDType0Font font, String text) {
        StringBuilder sb = new StringBuilder(text.length());
        FaceMetrics known = metrics.get(font);
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp)) {
                sb.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                // zero-width and control characters print as nothing
            } else if (known.shows(font, cp)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append(String.format("[U+%04X]", cp));
            }
        });
        return sb.toString();
    }
}
