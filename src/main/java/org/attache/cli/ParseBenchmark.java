package org.attache.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.attache.core.data.DatasetReader;

/**
 * {@code bench --parse MAX_MB}: how the reader's time grows with the size of hostile shapes (one object of very
 * many members, one very long list, very deep nesting), from 1 MB up to MAX_MB; flat milliseconds per MB mean
 * linear time. The documents are made in memory and read as the app reads a file.
 */
final class ParseBenchmark {
    private final PrintStream out;

    ParseBenchmark(PrintStream out) {
        this.out = out;
    }

    void run(int maxMb) throws IOException {
        out.println("Parse time by shape and size (one run each after a warm-up; ms per MB flat = linear)");
        out.println("shape          size        ms    ms/MB");
        for (String shape : new String[] {"wide object", "long list", "deep nesting"}) {
            read(document(shape, 1 << 20));  // warm-up
            for (int mb = 1; mb <= maxMb; mb *= 10) {
                byte[] doc = document(shape, mb << 20);
                long t = System.nanoTime();
                read(doc);
                double ms = (System.nanoTime() - t) / 1e6;
                out.printf(Locale.ROOT, "%-12s %6.1f MB %8.0f %8.1f%n", shape, doc.length / 1048576.0, ms,
                        ms / (doc.length / 1048576.0));
            }
        }
    }

    private static void read(byte[] doc) throws IOException {
        new DatasetReader().read(new ByteArrayInputStream(doc), "bench.json");
    }

    /** A JSON document of about {@code bytes} bytes in the given shape, inside a dataset's top-level object. */
    static byte[] document(String shape, int bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes + 64);
        write(out, "{\"schemaVersion\": 2, \"title\": \"bench\", \"x\": ");
        switch (shape) {
            case "wide object" -> {
                write(out, "{");
                for (int i = 0; out.size() < bytes; i++) write(out, (i == 0 ? "" : ",") + "\"k" + i + "\":" + i);
                write(out, "}");
            }
            case "long list" -> {
                write(out, "[");
                for (int i = 0; out.size() < bytes; i++) write(out, (i == 0 ? "" : ",") + i);
                write(out, "]");
            }
            default -> {
                int depth = bytes / 2;
                for (int i = 0; i < depth; i++) out.write('[');
                for (int i = 0; i < depth; i++) out.write(']');
            }
        }
        write(out, "}");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
