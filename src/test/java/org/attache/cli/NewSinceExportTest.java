package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.attache.core.data.BundledDataset;
import org.attache.core.data.DatasetWriter;
import org.attache.core.edit.RecordKind;
import org.attache.core.model.Dataset;
import org.attache.core.model.SupportAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --new-since OLD.json | last-assembly}: the section "New since…" from the command line. */
class NewSinceExportTest {
    private static final Dataset NEW = BundledDataset.load().dataset();

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

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The bundled dataset without Latvia's last action and without two of the United States'. */
    private Path older() throws IOException {
        List<SupportAction> lv = NEW.actions().stream().filter(a -> "LV".equals(a.country())).toList();
        List<SupportAction> us = NEW.actions().stream().filter(a -> "US".equals(a.country())).limit(2).toList();
        List<SupportAction> actions = new ArrayList<>(NEW.actions());
        actions.remove(lv.get(lv.size() - 1));
        actions.removeAll(us);
        Path old = dir.resolve("old.json");
        Files.write(old, DatasetWriter.toBytes(RecordKind.ACTIONS.with(NEW, actions)));
        return old;
    }

    @Test
    void anOlderDatasetFileGivesTheCountrysNewRecordsWithTheirSources() throws IOException {
        Path pdf = dir.resolve("LV.pdf");
        assertEquals(Cli.OK, run("export", "--country", "LV", "--new-since", older().toString(), "--created",
                "2026-11-22T09:00:00Z", "--out", pdf.toString()), err());
        String text = text(pdf);
        int start = text.lastIndexOf("New since 2026-11-23");
        int end = text.indexOf("The ask", start);
        assertTrue(start >= 0 && end > start, text);
        String section = text.substring(start, end);
        assertTrue(section.matches(".*• 2024-11 Latvia: Legislative letter, 92nd, Glasgow \\(2024\\)[\\s\\u00a0]?\\[\\d+, \\d+\\].*"),
                section);
        assertEquals(1, section.split("•", -1).length - 1, "one record: " + section);
        assertFalse(section.contains("United States"), section);
        assertFalse(section.contains("withdrawn"), section);
    }

    @Test
    void anEarlierPackFileCountsFromTheDatasetItWasSavedWith() throws IOException {
        Dataset old = new org.attache.core.data.DatasetReader()
                .read(older()).dataset();
        Path pack = dir.resolve("LV-last" + org.attache.core.pack.Pack.FILE_SUFFIX);
        org.attache.core.pack.PackFile.save(org.attache.core.pack.Pack.of("LV", org.attache.core.pack.Template.MINISTERIAL)
                .withDataset(org.attache.core.pack.DatasetFingerprint.refFor("old.json", "0".repeat(64), old, "LV")
                        .withSnapshot(org.attache.core.pack.DatasetSnapshot.of(old))), pack);
        Path pdf = dir.resolve("LV.pdf");
        assertEquals(Cli.OK, run("export", "--country", "LV", "--new-since", pack.toString(), "--created",
                "2026-11-22T09:00:00Z", "--out", pdf.toString()), err());
        String text = text(pdf);
        assertTrue(text.contains("since the dataset the earlier pack LV-last.attache.json was made from"), text);
        assertTrue(text.matches(".*• 2024-11 Latvia: Legislative letter, 92nd, Glasgow \\(2024\\).*"), text);

        Path bare = dir.resolve("bare" + org.attache.core.pack.Pack.FILE_SUFFIX);
        org.attache.core.pack.PackFile.save(org.attache.core.pack.Pack.of("LV", org.attache.core.pack.Template.MINISTERIAL),
                bare);
        err.reset();
        assertEquals(Cli.FAILED, run("export", "--country", "LV", "--new-since", bare.toString(), "--out",
                dir.resolve("bare.pdf").toString()));
        assertTrue(err().contains("The earlier pack " + bare + " keeps no copy of the dataset"), err());
        assertFalse(Files.exists(dir.resolve("bare.pdf")));
    }

    @Test
    void sinceTheLastAssemblyFromTheBundledDataset() throws IOException {
        Path pdf = dir.resolve("LV.pdf");
        assertEquals(Cli.OK, run("export", "--country", "LV", "--new-since", "last-assembly", "--created",
                "2026-11-22T09:00:00Z", "--out", pdf.toString()), err());
        assertTrue(text(pdf).contains("No record concerning Latvia is dated after the 93rd General Assembly."));
    }

    @Test
    void aMissingOrBrokenEarlierDatasetExitsOneAndSaysWhere() throws IOException {
        Path pdf = dir.resolve("LV.pdf");
        assertEquals(Cli.FAILED, run("export", "--country", "LV", "--new-since", dir.resolve("gone.json").toString(),
                "--out", pdf.toString()));
        assertTrue(err().contains("The earlier dataset " + dir.resolve("gone.json")), err());
        assertTrue(err().contains("no such file"), err());
        assertFalse(Files.exists(pdf));

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"schemaVersion\": 2,\n  \"title\": 7\n}\n");
        err.reset();
        assertEquals(Cli.FAILED, run("export", "--country", "LV", "--new-since", broken.toString(), "--out", pdf.toString()));
        assertTrue(err().matches("(?s).*" + java.util.regex.Pattern.quote(broken.toString()) + ":\\d+:\\d+.*"),
                "located: " + err());
    }

    @Test
    void anEmptyNewSinceOrOneOverTheOutputIsAMistakeInTheCommand() throws IOException {
        assertEquals(Cli.USAGE, run("export", "--country", "LV", "--new-since", "", "--out", dir.resolve("a.pdf").toString()));
        assertTrue(err().contains("--new-since is empty"), err());
        Path old = older();
        assertEquals(Cli.USAGE, run("export", "--country", "LV", "--new-since", old.toString(), "--out", old.toString()));
        assertTrue(err().contains("is an input of this export"), err());
    }
}
