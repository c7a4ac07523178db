package org.attache.core.pdf;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;

/**
 * Which characters a pack can print: those every Liberation face has a glyph for or the Chinese faces have, plus
 * the spaces, controls and invisible format characters the renderer turns into spaces or leaves out. Any other character is printed as its
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

    /** The Latin faces are asked first, so that a brief without Chinese never reads the large Chinese faces. */
    private static boolean everyFaceHas(int codePoint) {
        boolean latin = true;
        for (FontFace face : List.of(FontFace.SANS, FontFace.SANS_BOLD, FontFace.SANS_ITALIC, FontFace.SERIF_ITALIC)) {
            latin &= has(face, codePoint);
        }
        return latin || has(FontFace.CJK, codePoint) && has(FontFace.CJK_BOLD, codePoint);
    }

    private static boolean has(FontFace face, int codePoint) {
        try {
            CmapLookup cmap = FontFiles.parsed(face).getUnicodeCmapLookup();
            return cmap != null && cmap.getGlyphId(codePoint) != 0;
        } catch (IOException e) {
            return false;
        }
    }
}
