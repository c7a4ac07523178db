package org.attache.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Only UTF-8 as RFC 3629 defines it is read: an overlong "/" or a character beyond U+10FFFF is refused with its place. */
class StrictUtf8Test {
    private static DatasetLoad read(byte[] bytes) throws IOException {
        return new DatasetReader().read(new ByteArrayInputStream(bytes), "bytes.json");
    }

    /** {"title": "a<bad>b"} on its second line, the bad bytes as given. */
    private static byte[] withBytes(int... bad) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\n  \"title\": \"a".getBytes(StandardCharsets.UTF_8));
        for (int b : bad) out.write(b);
        out.writeBytes("b\"\n}\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void malformedSequencesAreRefusedWithTheirLineAndColumn() throws IOException {
        int[][] bad = {{0xC0, 0xAF}, {0xE0, 0x80, 0xAF}, {0xF4, 0x90, 0x80, 0x80}, {0xED, 0xA0, 0x80}, {0xFF},
                {0x80}, {0xE2, 0x82}};
        for (int[] b : bad) {
            DatasetLoad load = read(withBytes(b));
            assertFalse(load.isReadable(), java.util.Arrays.toString(b));
            Problem p = load.problems().get(0);
            assertTrue(p.message().startsWith("the file is not valid text in UTF-8"), p.message());
            assertEquals(2, p.location().line(), p.toString());
            assertTrue(p.location().column() >= 13 && p.location().column() <= 15, p.toString());
        }
    }

    @Test
    void everyRealCharacterStillReads() throws IOException {
        String json = "{\"title\": \"R\u012bga \u4e2d\u83ef\u6c11\u570b \ud83d\ude00 \u00e9\"}";
        DatasetLoad load = read(json.getBytes(StandardCharsets.UTF_8));
        assertTrue(load.problems().stream().noneMatch(p -> p.message().contains("UTF-8")), load.problems().toString());
    }

    /** A raw NUL is never JSON; files in UTF-16 or UTF-32 (full of them) are named as such, never a stack trace. */
    @Test
    void nulBytesAndUtf16Or32FilesAreRefusedAtTheirPlace() throws IOException {
        String json = "{\"title\": \"x\"}";
        byte[][] files = {json.getBytes(StandardCharsets.UTF_16LE), json.getBytes(StandardCharsets.UTF_16BE),
                json.getBytes(java.nio.charset.Charset.forName("UTF-32LE")), withBytes(0x00),
                {0x00, 0x28, 0x00, 0x00, 0x61, 0x22, 0x3a, 0x31, 0x00, 0x00, 0x00, 0x31, 0x7d}};
        for (byte[] bytes : files) {
            DatasetLoad load = read(bytes);
            assertFalse(load.isReadable());
            Problem p = load.problems().get(0);
            assertTrue(p.message().contains("NUL") && p.message().contains("save it as UTF-8"), p.message());
            assertTrue(p.location().line() >= 1, p.toString());
        }
    }
}
