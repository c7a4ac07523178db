package org.attache.core.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.attache.core.data.BundledDataset;
import org.attache.core.pack.Pack;
import org.attache.core.pack.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch keeps a pack it finds only when the file is whole: its cross-reference and trailer are read and every
 * object they list is found whole. Packs damaged as disks and copies damage files are each taken as not whole.
 */
class WholePdfTest {
    @TempDir
    static Path dir;
    private static byte[] pack;
    private static byte[] classic;

    @BeforeAll
    static void makeAPack() throws IOException {
        Path file = dir.resolve("LV.pdf");
        new PackExporter().export(BundledDataset.load().dataset(), Pack.of("LV", Template.MINISTERIAL), "campaign.json",
                ZonedDateTime.of(2026, 11, 22, 9, 0, 0, 0, ZoneOffset.UTC), file);
        pack = Files.readAllBytes(file);
        // the same pack written by PDFBox with a classic cross-reference table and no object streams
        Path plain = dir.resolve("LV-classic.pdf");
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            doc.save(plain.toFile(), CompressParameters.NO_COMPRESSION);
        }
        classic = Files.readAllBytes(plain);
    }

    private static boolean whole(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "case", ".pdf");
        Files.write(file, bytes);
        return WholePdf.isWhole(file);
    }

    private static int indexOf(byte[] bytes, String what, int from) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        return text.indexOf(what, from);
    }

    @Test
    void aPackAsWrittenIsWholeWithACrossReferenceStreamOrATable() throws IOException {
        assertTrue(new String(pack, StandardCharsets.ISO_8859_1).contains("/Type /XRef"), "the pack uses an xref stream");
        assertTrue(whole(pack));
        assertTrue(new String(classic, StandardCharsets.ISO_8859_1).contains("\ntrailer"), "a classic table");
        assertTrue(whole(classic));
    }

    @Test
    void aFileCutShortIsNotWhole() throws IOException {
        assertFalse(whole(Arrays.copyOf(pack, pack.length / 2)));
        assertFalse(whole(Arrays.copyOf(pack, pack.length - 10)));
        assertFalse(whole(Arrays.copyOf(classic, classic.length / 2)));
    }

    @Test
    void aMiddleLostButBothEndsKeptIsNotWhole() throws IOException {
        for (byte[] bytes : new byte[][] {pack, classic}) {
            int from = bytes.length / 3;
            byte[] holed = new byte[bytes.length - 1000];
            System.arraycopy(bytes, 0, holed, 0, from);
            System.arraycopy(bytes, from + 1000, holed, from, bytes.length - from - 1000);
            assertFalse(whole(holed));
        }
    }

    @Test
    void zerosWrittenOverTheMiddleAreFoundWhereverTheyFall() throws IOException {
        for (byte[] bytes : new byte[][] {pack, classic}) {
            for (int at = 600; at < bytes.length - 600; at += bytes.length / 25) {
                byte[] zeroed = bytes.clone();
                Arrays.fill(zeroed, at, at + 512, (byte) 0);
                assertFalse(whole(zeroed), "512 zero bytes at " + at + " of " + bytes.length);
            }
        }
    }

    @Test
    void oneByteChangedInsideACompressedStreamIsFoundByItsChecksum() throws IOException {
        int stream = indexOf(pack, "/FlateDecode", 0);
        int data = indexOf(pack, "stream\r\n", stream) + 8;
        byte[] changed = pack.clone();
        changed[data + 40] ^= 0x5a;
        assertFalse(whole(changed));
    }

    @Test
    void anObjectMovedFromWhereTheCrossReferenceSaysIsNotWhole() throws IOException {
        int object = indexOf(classic, " 0 obj", classic.length / 2);
        byte[] shifted = new byte[classic.length + 1];
        System.arraycopy(classic, 0, shifted, 0, object - 6);
        shifted[object - 6] = ' ';
        System.arraycopy(classic, object - 6, shifted, object - 5, classic.length - object + 6);
        assertFalse(whole(shifted));
    }

    @Test
    void filesThatAreNotPdfsAreNotWhole() throws IOException {
        assertFalse(whole(new byte[0]));
        assertFalse(whole(("%PDF-1.7\n" + "x".repeat(500) + "\nstartxref\n10\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1)));
        assertFalse(whole(("%PDF-1.7\n" + "x".repeat(500) + "\nstartxref\n99999999\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1)));
        assertFalse(WholePdf.isWhole(dir));
        assertFalse(WholePdf.isWhole(dir.resolve("absent.pdf")));
    }
}
