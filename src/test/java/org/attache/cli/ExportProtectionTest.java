package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line hands out packs: a marking and caveat, a draft, a copy per recipient from a list, and a
 * password read from a file or typed at a prompt, never from the arguments.
 */
class ExportProtectionTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of()).run(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aCopyPerRecipientEachStampedWithItsNameAndNumber() throws IOException {
        Path names = Files.writeString(dir.resolve("names.txt"), "# the delegation\nLina Chen\n\n陳大文\nJan Novak\n");
        Path folder = dir.resolve("copies");
        assertEquals(Cli.OK, run("export", "--country", "LV", "--recipients", names.toString(), "--draft", "--marking",
                "restricted", "--caveat", "delegation only", "--created", "2026-11-23T09:00:00Z", "--out", folder.toString()), err());
        List<String> files;
        try (var list = Files.list(folder)) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("LV-Latvia-ministerial-2026-11-23-copy-01.pdf", "LV-Latvia-ministerial-2026-11-23-copy-02.pdf",
                "LV-Latvia-ministerial-2026-11-23-copy-03.pdf"), files);
        String[] expected = {"Copy 1, issued to Lina Chen", "Copy 2, issued to 陳大文", "Copy 3, issued to Jan Novak"};
        for (int i = 0; i < 3; i++) {
            try (PDDocument doc = Loader.loadPDF(folder.resolve(files.get(i)).toFile())) {
                String text = new PDFTextStripper().getText(doc);
                // set in two faces, a Latin and a Chinese, the line may read back with its spaces moved
                String compact = text.replaceAll("\\s+", "");
                assertEquals(doc.getNumberOfPages(), compact.split(expected[i].replaceAll("\\s+", ""), -1).length - 1,
                        files.get(i) + " on every page");
                assertTrue(text.contains("RESTRICTED · DELEGATION ONLY"), files.get(i));
            }
        }
    }

    @Test
    void aPasswordComesFromAFileOrAPromptNeverFromTheArguments() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "tea-in-taipei\n");
        Path pdf = dir.resolve("LV.pdf");
        assertEquals(Cli.OK, run("export", "--country", "LV", "--password-file", secret.toString(), "--no-print",
                "--out", pdf.toString()), err());
        assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(pdf.toFile()).close());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile(), "tea-in-taipei")) {
            assertFalse(doc.getCurrentAccessPermission().canPrint());
            assertTrue(doc.getCurrentAccessPermission().canExtractContent());
        }

        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("typed-at-the-prompt\n".getBytes(StandardCharsets.UTF_8)));
            Path prompted = dir.resolve("LV-prompted.pdf");
            assertEquals(Cli.OK, run("export", "--country", "LV", "--password-prompt", "--out", prompted.toString()), err());
            assertTrue(err().contains("Password for the PDF: "));
            Loader.loadPDF(prompted.toFile(), "typed-at-the-prompt").close();
        } finally {
            System.setIn(stdin);
        }

        assertEquals(Cli.USAGE, run("export", "--country", "LV", "--password", "visible", "--out", pdf.toString()));
        assertTrue(err().contains("a password is never given on the command line"), err());
        assertEquals(Cli.USAGE, run("export", "--country", "LV", "--no-copy", "--out", pdf.toString()));
        assertTrue(err().contains("--no-print and --no-copy need a password"), err());
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        assertEquals(Cli.USAGE, run("export", "--country", "LV", "--password-file", empty.toString(), "--out", pdf.toString()));
        assertTrue(err().contains("the password cannot be used: a password is not empty"), err());
    }

    @Test
    void recipientsAreForOneCountryAndNameSomebody() throws IOException {
        Path names = Files.writeString(dir.resolve("names.txt"), "# nobody yet\n\n");
        assertEquals(Cli.USAGE, run("export", "--country", "LV", "--recipients", names.toString(), "--out", dir.toString()));
        assertTrue(err().contains("names nobody"), err());
        assertEquals(Cli.USAGE, run("export", "--all", "--recipients", names.toString(), "--out", dir.toString()));
        assertTrue(err().contains("cannot be combined with a batch selection"), err());
        assertEquals(Cli.USAGE, run("export", "--country", "LV", "--copy", "2", "--out", dir.resolve("x.pdf").toString()));
        assertTrue(err().contains("--copy numbers the copy of a --recipient"), err());
    }
}
