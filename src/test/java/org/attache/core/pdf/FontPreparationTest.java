package org.attache.core.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.attache.core.document.Document;
import org.attache.core.pack.Template;
import org.junit.jupiter.api.Test;

/** Fonts parsed ahead, in the background, change nothing in a pack and are never shared between threads. */
class FontPreparationTest {
    @Test
    void aPackWrittenWithItsFontsParsedAheadIsTheSameAsOneWithout() throws Exception {
        Document lv = PdfPacks.document(PdfPacks.pack("LV", Template.MINISTERIAL));
        // each render on a thread of its own, which has parsed no font yet
        byte[] parsedOnTheWay = onFreshThread(() -> new PdfRenderer().render(lv));
        PdfRenderer.prepareFonts();
        byte[] parsedAhead = onFreshThread(() -> new PdfRenderer().render(lv));
        assertArrayEquals(parsedOnTheWay, parsedAhead);
    }

    @Test
    void threadsAskingAtOnceAfterAPreparationEachGetTheirOwnFont() throws Exception {
        int expectedGlyphs = onFreshThread(() -> FontFiles.parsed(FontFace.SANS_ITALIC).getNumberOfGlyphs());
        FontFiles.prepare(List.of(FontFace.SANS_ITALIC));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<TrueTypeFont>> asked = new ArrayList<>();
            for (int i = 0; i < 4; i++) asked.add(threads.submit(() -> FontFiles.parsed(FontFace.SANS_ITALIC)));
            List<TrueTypeFont> fonts = new ArrayList<>();
            for (Future<TrueTypeFont> f : asked) fonts.add(f.get(30, TimeUnit.SECONDS));
            for (TrueTypeFont font : fonts) assertEquals(expectedGlyphs, font.getNumberOfGlyphs());
            for (int i = 0; i < fonts.size(); i++) {
                for (int j = i + 1; j < fonts.size(); j++) assertNotSame(fonts.get(i), fonts.get(j));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static <T> T onFreshThread(Callable<T> work) throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            return thread.submit(work).get(60, TimeUnit.SECONDS);
        } finally {
            thread.shutdownNow();
        }
    }
}
