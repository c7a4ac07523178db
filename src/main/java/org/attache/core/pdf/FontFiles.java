package org.attache.core.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The font files, read from the class path once per process and shared: their bytes for embedding in each PDF,
 * and Java2D fonts made from the same files so charts measure and draw with the glyphs the PDF embeds.
 */
final class FontFiles {
    private static final Map<FontFace, byte[]> BYTES = new EnumMap<>(FontFace.class);
    private static final Map<FontFace, Font> AWT = new EnumMap<>(FontFace.class);
    /** Parsed fonts are not safe to share between threads, so each thread parses its own, once. */
    private static final ThreadLocal<Map<FontFace, TrueTypeFont>> PARSED =
            ThreadLocal.withInitial(() -> new EnumMap<>(FontFace.class));
    /** Fonts parsed ahead on another thread ({@link #prepare}), each handed to the first thread that asks for it. */
    private static final Map<FontFace, CompletableFuture<TrueTypeFont>> AHEAD = new ConcurrentHashMap<>();
    /**
     * Noto Sans TC has a variation-selector cmap (format 14), which the parser skips with a warning on the console
     * for each font read; the PDFs need none of it, so only the parser's errors are let through.
     */
    private static final java.util.logging.Logger CMAP_WARNINGS = quiet("org.apache.fontbox.ttf.CmapSubtable");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private FontFiles() {
    }

    static synchronized byte[] bytes(FontFace face) {
        return BYTES.computeIfAbsent(face, FontFiles::read);
    }

    /**
     * The font parsed for this thread, reused by every PDF the thread writes. Glyph substitution is off: Latin
     * text needs none, it took most of the time of writing a pack, and ligature glyphs can drop letters from the
     * text readers search and copy.
     */
    static TrueTypeFont parsed(FontFace face) {
        return PARSED.get().computeIfAbsent(face, f -> {
            CompletableFuture<TrueTypeFont> ahead = AHEAD.remove(f);
            return ahead != null ? ahead.join() : parse(f);
        });
    }

    private static TrueTypeFont parse(FontFace face) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes(face)));
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new IllegalStateException("the bundled font " + face.resource + " is damaged", e);
        }
    }

    /**
     * Reads and parses {@code faces} in the background, and makes the charts' Java2D fonts, for a process about to
     * write its first PDF while it does something else (reading the dataset); the first thread that then asks for a
     * face takes the one parsed ahead, waiting for it if it is not ready yet. A face already parsed ahead and not
     * taken is not parsed again.
     */
    static void prepare(List<FontFace> faces) {
        Map<FontFace, CompletableFuture<TrueTypeFont>> parsing = new EnumMap<>(FontFace.class);
        for (FontFace face : faces) {
            CompletableFuture<TrueTypeFont> ahead = new CompletableFuture<>();
            if (AHEAD.putIfAbsent(face, ahead) == null) parsing.put(face, ahead);
        }
        if (parsing.isEmpty()) return;
        CompletableFuture.runAsync(() -> {
            parsing.forEach((face, ahead) -> {
                try {
                    ahead.complete(parse(face));
                } catch (RuntimeException e) {
                    ahead.completeExceptionally(e);
                }
            });
            parsing.keySet().forEach(FontFiles::awt);
        });
    }

    /** A Java2D font of the face at 1 pt; derive the size you need. */
    static synchronized Font awt(FontFace face) {
        return AWT.computeIfAbsent(face, f -> {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes(f)));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("the bundled font " + f.resource + " is damaged", e);
            }
        });
    }

    private static byte[] read(FontFace face) {
        try (InputStream in = FontFiles.class.getClassLoader().getResourceAsStream(face.resource)) {
            if (in == null) throw new IllegalStateException("the bundled font " + face.resource + " is missing from the build");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
