package org.attache.core.pdf;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;

/**
 * Which characters a pack can print: those every bundled face has a glyph for, plus the spaces, controls and
 * invisible format characters the renderer turns into spaces or leaves out. Any other character is printed as its
 * code, "[U+4E2D]" ({@link Fonts#clean}); this class lets a check name such characters before any PDF is made.
 */
public final class PrintableText {
    private static final Map<Integer, Boolean> KNOWN = new ConcurrentHashMap<>();

    private PrintableText() {
    }

    public static boolean canPrint(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)
                || Character.getType(codePoint) == Character.FORMAT) {
            return true;
        }
        return KNOWN.computeIfAbsent(codePoint, PrintableText::everyFaceHas);
    }

    private static boolean everyFaceHas(int codePoint) {
        for (FontFace face : FontFace.values()) {
            try {
                CmapLookup cmap = FontFiles.parsed(face).getUnicodeCmapLookup();
                if (cmap == null || cmap.getGlyphId(codePoint) == 0) return false;
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
