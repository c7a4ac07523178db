package org.attache.core.pdf;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * What a face can show and how wide its words are, learnt once per process and shared by every pack and thread:
 * neither depends on the document the face is embedded in, and a batch of packs measures the same words again and
 * again. Values are asked of the document's own font the first time.
 */
final class FaceMetrics {
    /** Beyond this many words the widths start again, so that a long session's texts cannot grow it without end. */
    private static final int MOST_WORDS = 200_000;
    private static final Map<FontFace, FaceMetrics> FACES = new EnumMap<>(FontFace.class);

    private final Map<String, Float> widths = new ConcurrentHashMap<>();
    private final Map<Integer, Boolean> shown = new ConcurrentHashMap<>();

    private FaceMetrics() {
    }

    static synchronized FaceMetrics of(FontFace face) {
        return FACES.computeIfAbsent(face, f -> new FaceMetrics());
    }

    /** The width of {@code text} in thousandths of the font size. */
    float units(PDType0Font font, String text) {
        Float known = widths.get(text);
        if (known != null) return known;
        try {
            float units = font.getStringWidth(text);
            if (widths.size() >= MOST_WORDS) widths.clear();
            widths.put(text, units);
            return units;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the face has a glyph for the character. */
    boolean shows(PDType0Font font, int codePoint) {
        Boolean known = shown.get(codePoint);
        if (known != null) return known;
        boolean can = canShow(font, codePoint);
        shown.put(codePoint, can);
        return can;
    }

    private static boolean canShow(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
