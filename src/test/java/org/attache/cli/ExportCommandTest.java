package org.attache.cli;

import static org.junit.jupiter.api.Assertions.*;

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
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.attache.Fixtures;
import org.attache.core.pack.Pack;
import org.attache.core.pack.PackFile;
import org.attache.core.pack.SectionKind;
import org.attache.core.pack.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env).run(args);
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** --language zh-Hant writes the brief in Traditional Chinese; a language Attaché has no words for is refused. */
    @Test
    void aBriefInTraditionalChineseFromTheCommandLine() throws IOException {
        Path pdf = dir.resolve("LV-zh.pdf");
        assertEquals(Cli.OK, run("export", "--country", "LV", "--language", "zh-Hant", "--out", pdf.toString()), err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("拉脫維亞") && text.contains("會談簡報"), text.substring(0, 200));
        }
        assertEquals(Cli.USAGE, run("export", "--country", "LV", "--language", "fr", "--out", pdf.toString()));
        assertTrue(err().contains("--language is “fr”; expected en, zh-Hant or zh-Hant+en"), err());
    }

    /** Before it exports, a pack with a character no font can print says where; the PDF shows its code. */
    @Test
    void aPackWhoseNotesHoldACharacterNoFontHasIsNamedBeforeExport() throws IOException {
        Path pack = dir.resolve("LV.attache.json");
        org.attache.core.pack.PackFile.save(org.attache.core.pack.Pack.of("LV", Template.MINISTERIAL)
                .withNotes("\u0928 \u652f\u6301\u81fa\u7063"), pack);
        assertEquals(Cli.OK, run("export", "--pack", pack.toString(), "--out", dir.resolve("LV.pdf").toString()), err());
        assertTrue(err().contains(pack + ": warning: \"notes\" has a character no bundled font can print (U+0928)"),
                err());
        assertFalse(err().contains("U+652F"), "Chinese prints: " + err());
    }

    @Test
    void exportsAPackForACountryFromTheBundledDataset() throws IOException {
        Path pdf = dir.resolve("LV.pdf");
        assertEquals(Cli.OK, run("export", "--country", "lv", "--template", "police", "--paper", "letter", "--out", pdf.toString()), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Wrote " + pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 4);
            assertEquals(612f, doc.getPage(0).getMediaBox().getWidth(), 0.01);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Latvia"));
            assertTrue(text.contains("Police-to-police meeting"));
        }
    }

    @Test
    void preparedByIsPrintedOnTheCoverAndAnOverlongOneIsRefused() throws IOException {
        Path pdf = dir.resolve("LV.pdf");
        assertEquals(Cli.OK, run("export", "--country", "LV", "--prepared-by", "Europe Desk", "--out", pdf.toString()), err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper cover = new PDFTextStripper();
            cover.setEndPage(1);
            assertTrue(cover.getText(doc).contains("Prepared by Europe Desk"), cover.getText(doc));
        }
        assertEquals(Cli.USAGE, run("export", "--country", "LV", "--prepared-by", "x".repeat(121), "--out", pdf.toString()));
        assertTrue(err().contains("--prepared-by is 121 characters long"), err());
    }

    @Test
    void numberedParagraphsCarryTheirNumberBeforeTheText() throws IOException {
        Path plain = dir.resolve("plain.pdf");
        Path numbered = dir.resolve("numbered.pdf");
        assertEquals(Cli.OK, run("export", "--country", "LV", "--out", plain.toString()), err());
        assertEquals(Cli.OK, run("export", "--country", "LV", "--numbered", "--out", numbered.toString()), err());
        String ask = "Speak up for Taiwan\u2019s participation at the next General Assembly";
        assertTrue(text(numbered).contains("1 \u2022 " + ask), text(numbered));
        assertTrue(text(numbered).contains("5 Latvia is not among Taiwan\u2019s diplomatic allies"), text(numbered));
        assertTrue(text(plain).contains("\u2022 " + ask), text(plain));
        assertFalse(text(plain).contains("1 \u2022 " + ask), text(plain));
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("[ \\u00a0]+", " ");
        }
    }

    @Test
    void flagStaleMarksWhatMayBeOutOfDateAndIsOffWithoutIt() throws IOException {
        Path plain = dir.resolve("plain.pdf");
        Path flagged = dir.resolve("flagged.pdf");
        assertEquals(Cli.OK, run("export", "--country", "FR", "--created", "2026-06-01T09:00:00Z", "--out", plain.toString()), err());
        assertEquals(Cli.OK, run("export", "--country", "FR", "--created", "2026-06-01T09:00:00Z", "--flag-stale",
                "--out", flagged.toString()), err());
        assertFalse(text(plain).contains("Last recorded act"));
        assertFalse(text(plain).contains("older than 5 years"));
        String text = text(flagged).replace("\n", " ");
        assertTrue(text.contains("Last recorded act: 2018"), text);
        assertTrue(text.contains("(2018 \u2014 older than 5 years)"));
    }

    @Test
    void staleAgeChoosesWhichSourcesAreOldAndIsAUsageErrorOutOfRangeOrAlone() throws IOException {
        Path ten = dir.resolve("ten.pdf");
        assertEquals(Cli.OK, run("export", "--country", "FR", "--created", "2026-06-01T09:00:00Z", "--flag-stale",
                "--stale-age", "10", "--out", ten.toString()), err());
        String text = text(ten).replace("\n", " ");
        assertTrue(text.contains("Last recorded act: 2018"), "still flagged");
        assertFalse(text.contains("(2018 \u2014 older than"), "a source of 2018 is within ten years");
        assertEquals(Cli.USAGE, run("export", "--country", "FR", "--flag-stale", "--stale-age", "0", "--out",
                dir.resolve("zero.pdf").toString()));
        assertTrue(err().contains("--stale-age is 0; give 1 to 100 years"), err());
        assertEquals(Cli.USAGE, run("export", "--country", "FR", "--stale-age", "3", "--out",
                dir.resolve("alone.pdf").toString()));
        assertTrue(err().contains("add --flag-stale"), err());
        assertFalse(Files.exists(dir.resolve("zero.pdf")) || Files.exists(dir.resolve("alone.pdf")));
    }

    @Test
    void aFixedCreationTimeGivesTheSameBytesEveryTime() throws IOException {
        Path a = dir.resolve("a.pdf");
        Path b = dir.resolve("b.pdf");
        assertEquals(Cli.OK, run("export", "--country", "NL", "--created", "2026-11-22T09:00:00Z", "--out", a.toString()));
        assertEquals(Cli.OK, run(Map.of("SOURCE_DATE_EPOCH", "1795338000"), "export", "--country", "NL", "--out", b.toString()));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void exportsASavedPackInItsOwnSectionOrder() throws IOException {
        Pack pack = Pack.of("US", Template.PARLIAMENTARY);
        pack = pack.withSectionMoved(pack.sections().size() - 1, 1); // the last section (unticked) moves up
        int ask = 0;
        while (pack.sections().get(ask).kind() != SectionKind.ASK) ask++;
        pack = pack.withSectionMoved(ask, 1);
        Path file = dir.resolve("us.attache.json");
        PackFile.save(pack, file);
        Path pdf = dir.resolve("us.pdf");

        assertEquals(Cli.OK, run("export", "--pack", file.toString(), "--out", pdf.toString()), err());

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) outline.add(item.getTitle());
            assertEquals(List.of("Contents", "The ask", "Summary"), outline.subList(0, 3), outline.toString());
        }
    }

    @Test
    void mistakesInTheCommandExitTwoAndSayWhatIsWrong() {
        Path pdf = dir.resolve("x.pdf");
        assertEquals(Cli.USAGE, run("export", "--country", "XX", "--out", pdf.toString()));
        assertTrue(err().contains("no country with code \"XX\""), err());
        assertEquals(Cli.USAGE, run("export", "--country", "LV", "--template", "picnic", "--out", pdf.toString()));
        assertTrue(err().contains("expected ministerial, parliamentary or police"), err());
        assertEquals(Cli.USAGE, run("export", "--country", "LV"));
        assertTrue(err().contains("needs --out"), err());
        assertEquals(Cli.USAGE, run("export", "--country", "LV", "--paper", "a3", "--out", pdf.toString()));
        assertEquals(Cli.USAGE, run("export", "--country", "LV", "--out", dir.toString()));
        assertEquals(Cli.USAGE, run("export", "--country", "LV", "--created", "yesterday", "--out", pdf.toString()));
        assertFalse(Files.exists(pdf));
    }

    /** One pack is written to a file: a folder, or a name ending as a folder's does, is refused before any work. */
    @Test
    void aSingleExportIntoAFolderIsAskedForTheFileName() {
        String newFolder = dir.resolve("newdir") + java.io.File.separator;
        assertEquals(Cli.USAGE, run("export", "--country", "LV", "--out", newFolder));
        assertTrue(err().contains("--out " + newFolder + " names a folder; name the PDF file to write"), err());
        assertFalse(Files.exists(dir.resolve("newdir")), "no file called newdir");
        assertEquals(Cli.USAGE, run("export", "--country", "LV", "--out", dir.toString()));
        assertTrue(err().contains("--out " + dir + " is a folder; name the PDF file to write"), err());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    /** What was written goes to standard output; notes, warnings and failures to standard error. */
    @Test
    void resultsGoToStandardOutputAndProblemsToStandardError() throws IOException {
        Path pack = dir.resolve("LV.attache.json");
        PackFile.save(Pack.of("LV", Template.MINISTERIAL).withNotes("\u0928"), pack);
        Path pdf = dir.resolve("LV.pdf");
        assertEquals(Cli.OK, run("export", "--pack", pack.toString(), "--out", pdf.toString()), err());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("Wrote " + pdf) && printed.lines().count() == 1, printed);
        assertTrue(err().contains("warning:") && !printed.contains("warning"), err());
    }

    @Test
    void aBrokenDatasetOrPackExitsOneAndLeavesAnExistingPdfAlone() throws IOException {
        Path pdf = dir.resolve("keep.pdf");
        Files.writeString(pdf, "previous export");
        assertEquals(Cli.FAILED, run("export", "--country", "LV", "--dataset",
                Fixtures.path("broken/unknown-source.json").toString(), "--out", pdf.toString()));
        assertTrue(err().contains("unknown-source.json"), err());

        Path pack = dir.resolve("bad.attache.json");
        Files.writeString(pack, "{\"format\": \"attache-pack\", \"formatVersion\": 1, \"country\": 7}");
        assertEquals(Cli.FAILED, run("export", "--pack", pack.toString(), "--out", pdf.toString()));
        assertTrue(err().contains("bad.attache.json:1:"), err());
        assertEquals("previous export", Files.readString(pdf));
    }

    @Test
    void aBatchWritesOnePdfPerCountryAndReportsEachOnItsOwnLine() throws IOException {
        Path folder = dir.resolve("packs");
        assertEquals(Cli.OK, run("export", "--countries", "LV,LT,EE", "--template", "police", "--created",
                "2026-11-22T09:00:00Z", "--out", folder.toString()), err());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("[1/3] ") && printed.contains("[3/3] "), printed);
        assertTrue(printed.contains("LV Latvia: written"), printed);
        assertTrue(printed.contains("3 written, 0 skipped, 0 failed"), printed);
        for (String name : List.of("LV-Latvia", "LT-Lithuania", "EE-Estonia")) {
            Path pdf = folder.resolve(name + "-police-2026-11-22.pdf");
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertTrue(doc.getNumberOfPages() >= 4, pdf.toString());
            }
        }

        out.reset();
        Files.delete(folder.resolve("LT-Lithuania-police-2026-11-22.pdf"));
        assertEquals(Cli.OK, run("export", "--countries", "LV,LT,EE", "--template", "police", "--skip-existing",
                "--created", "2026-11-22T09:00:00Z", "--out", folder.toString()), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("1 written, 2 skipped, 0 failed"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBatchWithAFailureExitsOneAfterMakingTheRest() throws IOException {
        Path folder = dir.resolve("packs");
        Files.createDirectories(folder.resolve("EE-Estonia-ministerial-2026-11-22.pdf").resolve("in-the-way"));
        assertEquals(Cli.FAILED, run("export", "--countries", "LV,EE", "--created", "2026-11-22T09:00:00Z",
                "--out", folder.toString()));
        assertTrue(err().contains("failed: EE Estonia"), err());
        assertTrue(Files.isRegularFile(folder.resolve("LV-Latvia-ministerial-2026-11-22.pdf")));
    }

    @Test
    void batchMistakesExitTwo() throws IOException {
        Path folder = dir.resolve("packs");
        assertEquals(Cli.USAGE, run("export", "--all", "--region", "europe", "--out", folder.toString()));
        assertTrue(err().contains("choose one of"), err());
        assertEquals(Cli.USAGE, run("export", "--region", "atlantis", "--out", folder.toString()));
        assertTrue(err().contains("expected Africa, Americas, Asia, Europe, Oceania or Antarctica"), err());
        assertEquals(Cli.USAGE, run("export", "--countries", "LV,XX", "--out", folder.toString()));
        assertTrue(err().contains("no country XX"), err());
        assertEquals(Cli.USAGE, run("export", "--allies", "--country", "LV", "--out", folder.toString()));
        assertEquals(Cli.USAGE, run("export", "--country", "LV", "--skip-existing", "--out", dir.resolve("x.pdf").toString()));
        Path file = dir.resolve("a-file");
        Files.writeString(file, "");
        assertEquals(Cli.USAGE, run("export", "--allies", "--out", file.toString()));
        assertFalse(Files.exists(folder));
    }

    @Test
    void exportAllMakesPacksForInterpolMembersOnlyAndNeverForTaiwanThePrcHongKongMacaoOrAntarctica() throws IOException {
        Path folder = dir.resolve("all");
        assertEquals(Cli.OK, run("export", "--all", "--dataset", Fixtures.path("fixtures/evidence.json").toString(),
                "--created", "2026-11-22T09:00:00Z", "--out", folder.toString()), err());
        List<String> codes;
        try (var files = Files.list(folder)) {
            codes = files.map(f -> f.getFileName().toString().substring(0, 2)).sorted().toList();
        }
        assertEquals(List.of("AT", "AU", "CL", "GT", "IN", "NL", "PY", "TR", "US"), codes);
    }

    @Test
    void askingForAPackForTaiwanThePrcHongKongOrMacaoGivesTheReason() throws IOException {
        for (String code : List.of("TW", "CN", "HK", "MO")) {
            err.reset();
            assertEquals(Cli.USAGE, run("export", "--country", code, "--out", dir.resolve(code + ".pdf").toString()));
            assertTrue(err().contains("no briefing pack is made for"), err());
            assertFalse(Files.exists(dir.resolve(code + ".pdf")));
        }
        assertTrue(err().contains("Macao is part of the People's Republic of China"), err());
        Path folder = dir.resolve("named");
        assertEquals(Cli.FAILED, run("export", "--countries", "LV,TW", "--out", folder.toString()));
        assertTrue(err().contains("failed: TW Taiwan: no briefing pack is made for Taiwan: Taiwan is the subject of "
                + "every pack"), err());
        try (var files = Files.list(folder)) {
            assertEquals(List.of("LV"), files.map(f -> f.getFileName().toString().substring(0, 2)).toList(),
                    "the rest of the batch is made");
        }
    }

    @Test
    void aLeaveBehindHoldsOnlyPublicFactsAndAsks() throws IOException {
        Path pdf = dir.resolve("NL-leave-behind.pdf");
        Path pack = dir.resolve("p.attache.json");
        org.attache.core.pack.Pack full = org.attache.core.pack.Pack.of("NL", Template.MINISTERIAL)
                .withNotes("Internal: do not mention the 2023 answer.").withClassification("RESTRICTED");
        PackFile.save(full, pack);
        assertEquals(Cli.OK, run("export", "--pack", pack.toString(), "--output", "leave-behind", "--out", pdf.toString()), err());
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        for (String internal : List.of("Talking points", "If they say", "Summary", "Internal: do not mention", "RESTRICTED",
                "Where the Netherlands stands", "Homicide rate")) {
            assertFalse(text.contains(internal), internal + " is not for the counterpart");
        }
        assertTrue(text.contains("PUBLIC"));
        assertTrue(text.contains("Observer status at the General Assembly"));
        assertTrue(text.contains("Taiwan\u2019s policing capabilities"));
        assertEquals(Cli.USAGE, run("export", "--country", "NL", "--output", "poster", "--out", pdf.toString()));
        assertTrue(err().contains("expected full, card or leave-behind"), err());
    }

    @Test
    void aPocketCardIsOnePageAloneOrInABatchBesideTheFullBriefs() throws IOException {
        Path pdf = dir.resolve("LV-card.pdf");
        assertEquals(Cli.OK, run("export", "--country", "LV", "--output", "card", "--out", pdf.toString()), err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
        }
        Path folder = dir.resolve("baltic");
        String created = "2026-11-22T09:00:00Z";
        assertEquals(Cli.OK, run("export", "--countries", "LV,EE", "--created", created, "--out", folder.toString()), err());
        assertEquals(Cli.OK, run("export", "--countries", "LV,EE", "--output", "card", "--created", created,
                "--out", folder.toString()), err());
        assertEquals(Cli.OK, run("export", "--countries", "LV,EE", "--output", "leave-behind", "--created", created,
                "--out", folder.toString()), err());
        try (var files = Files.list(folder)) {
            assertEquals(List.of("EE-Estonia-ministerial-2026-11-22.pdf", "EE-Estonia-ministerial-card-2026-11-22.pdf",
                            "EE-Estonia-ministerial-leave-behind-2026-11-22.pdf", "LV-Latvia-ministerial-2026-11-22.pdf",
                            "LV-Latvia-ministerial-card-2026-11-22.pdf", "LV-Latvia-ministerial-leave-behind-2026-11-22.pdf"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "a card never takes a brief's name");
        }
        for (String name : List.of("EE-Estonia-ministerial-card-2026-11-22.pdf", "LV-Latvia-ministerial-card-2026-11-22.pdf")) {
            try (PDDocument doc = Loader.loadPDF(folder.resolve(name).toFile())) {
                assertEquals(1, doc.getNumberOfPages(), name);
                assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).contains("Pocket card: "), name);
            }
        }
        try (PDDocument doc = Loader.loadPDF(folder.resolve("LV-Latvia-ministerial-leave-behind-2026-11-22.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("PUBLIC") && !text.contains("Talking points"), text);
        }
    }

    /** Hostile arguments get a message and exit 2, never a stack trace or a lost input. */
    @Test
    void anEmptyCodeAnImpossibleEpochAndAnOutputOverAnInputAreRefused() throws IOException {
        Path pdf = dir.resolve("x.pdf");
        assertEquals(Cli.USAGE, run("export", "--country", "", "--out", pdf.toString()));
        assertTrue(err().contains("--country is empty"), err());
        assertEquals(Cli.USAGE, run(Map.of("SOURCE_DATE_EPOCH", "9223372036854775807"), "export", "--country", "LV",
                "--out", pdf.toString()));
        assertTrue(err().contains("SOURCE_DATE_EPOCH is") && !err().contains("Exception"), err());

        Path dataset = dir.resolve("data.json");
        Files.copy(Path.of("data", "campaign.json"), dataset);
        byte[] before = Files.readAllBytes(dataset);
        assertEquals(Cli.USAGE, run("export", "--country", "LV", "--dataset", dataset.toString(),
                "--out", dir.resolve(".").resolve("data.json").toString()));
        assertTrue(err().contains("is an input of this export"), err());
        assertArrayEquals(before, Files.readAllBytes(dataset), "the dataset is untouched");
    }
}
