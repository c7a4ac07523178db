package org.attache.core.export;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.attache.core.data.BundledDataset;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.model.Region;
import org.attache.core.pack.Pack;
import org.attache.core.pack.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchExporterTest {
    private static final Dataset DATASET = BundledDataset.load().dataset();
    private static final ZonedDateTime CREATED = ZonedDateTime.of(2026, 11, 22, 9, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private BatchExporter.Request request(CountrySelection selection, boolean skipExisting) {
        return new BatchExporter.Request(DATASET, "campaign.json", selection, Pack.of("XX", Template.POLICE), dir,
                skipExisting, CREATED, org.attache.core.pack.Output.FULL);
    }

    private List<Path> files(String glob) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName())).sorted().toList();
        }
    }

    private static void assertValidPackFor(Path file, Country country) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 4, file + ": " + doc.getNumberOfPages() + " pages");
            assertTrue(new PDFTextStripper().getText(doc).contains(country.name()), file.toString());
        }
    }

    @Test
    void aRegionGivesOneValidPdfPerCountryNamedPredictably() throws IOException {
        BatchSummary summary = new BatchExporter(2).run(request(CountrySelection.region(Region.OCEANIA), false),
                BatchListener.NONE);

        List<Country> oceania = DATASET.countries().stream()
                .filter(c -> c.region() == Region.OCEANIA && c.interpolMember()).toList();
        assertTrue(summary.allSucceeded(), summary.describe());
        assertEquals(oceania.size(), summary.with(BatchItem.Status.WRITTEN).size());
        assertEquals(oceania.size(), files("*.pdf").size());
        for (Country c : oceania) {
            Path file = dir.resolve(BatchExporter.fileName(c, Pack.of(c.code(), Template.POLICE), CREATED.toLocalDate(), org.attache.core.pack.Output.FULL));
            assertValidPackFor(file, c);
        }
        assertTrue(Files.exists(dir.resolve("AU-Australia-police-2026-11-22.pdf")));
        assertTrue(files(".*").isEmpty(), "no temporary files left");
    }

    @Test
    void aCancelledBatchLeavesOnlyCompletePdfsAndSkipExistingMakesExactlyTheMissingOnes() throws IOException {
        CountrySelection europe = CountrySelection.region(Region.EUROPE);
        int total = europe.countries(DATASET).size();
        BatchExporter first = new BatchExporter(2);
        BatchSummary cancelled = first.run(request(europe, false), new BatchListener() {
            @Override
            public void finished(BatchItem item, int done, int all) {
                if (done == 5) first.cancel();
            }
        });

        assertTrue(cancelled.cancelled());
        List<Path> made = files("*.pdf");
        assertTrue(made.size() >= 5 && made.size() < total, made.size() + " of " + total);
        assertEquals(cancelled.with(BatchItem.Status.WRITTEN).size(), made.size());
        for (Path file : made) {
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                assertTrue(doc.getNumberOfPages() >= 4, file.toString());
            }
        }
        assertTrue(files(".*").isEmpty(), "no temporary files left");

        List<Integer> counted = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        BatchSummary rest = new BatchExporter(2).run(request(europe, true), new BatchListener() {
            @Override
            public void finished(BatchItem item, int done, int all) {
                counted.add(done);
            }
        });
        assertTrue(rest.allSucceeded(), rest.describe());
        // each item is numbered once, 1 to n, however the two workers interleave
        assertEquals(java.util.stream.IntStream.rangeClosed(1, total).boxed().toList(), counted.stream().sorted().toList());
        assertEquals(made.size(), rest.with(BatchItem.Status.SKIPPED).size());
        assertEquals(total - made.size(), rest.with(BatchItem.Status.WRITTEN).size());
        assertEquals(total, files("*.pdf").size());
        for (Path file : made) assertTrue(rest.with(BatchItem.Status.SKIPPED).stream().anyMatch(i -> i.file().equals(file)));
    }

    @Test
    void aPackDamagedInTheMiddleIsMadeAgainAndAWholeOneIsKept() throws IOException {
        Country lv = DATASET.country("LV").orElseThrow();
        new BatchExporter(1).run(request(CountrySelection.of(List.of("LV", "LT")), false), BatchListener.NONE);
        Path damaged = dir.resolve(BatchExporter.fileName(lv, Pack.of("LV", Template.POLICE), CREATED.toLocalDate(),
                org.attache.core.pack.Output.FULL));
        byte[] bytes = Files.readAllBytes(damaged);
        java.util.Arrays.fill(bytes, bytes.length / 2, bytes.length / 2 + 4096, (byte) 0);
        Files.write(damaged, bytes);

        BatchSummary summary = new BatchExporter(1).run(request(CountrySelection.of(List.of("LV", "LT")), true),
                BatchListener.NONE);

        assertEquals("1 written, 1 skipped, 0 failed", summary.describe().replaceAll(" in .*", ""));
        assertEquals(damaged, summary.with(BatchItem.Status.WRITTEN).get(0).file());
        assertValidPackFor(damaged, lv);
    }

    @Test
    void aTruncatedFileIsNotTakenAsDone() throws IOException {
        Country lv = DATASET.country("LV").orElseThrow();
        Path file = dir.resolve(BatchExporter.fileName(lv, Pack.of("LV", Template.POLICE), CREATED.toLocalDate(), org.attache.core.pack.Output.FULL));
        Files.writeString(file, "%PDF-1.7\n" + "x".repeat(500));

        BatchSummary summary = new BatchExporter(1).run(request(CountrySelection.of(List.of("LV")), true), BatchListener.NONE);

        assertEquals(1, summary.with(BatchItem.Status.WRITTEN).size(), summary.describe());
        assertValidPackFor(file, lv);
    }

    @Test
    void oneFailingCountryDoesNotStopTheOthers() throws IOException {
        Country lt = DATASET.country("LT").orElseThrow();
        Path blocked = dir.resolve(BatchExporter.fileName(lt, Pack.of("LT", Template.POLICE), CREATED.toLocalDate(), org.attache.core.pack.Output.FULL));
        Files.createDirectories(blocked.resolve("in-the-way"));

        BatchSummary summary = new BatchExporter(2).run(request(CountrySelection.of(List.of("LV", "LT", "EE")), false),
                BatchListener.NONE);

        assertFalse(summary.allSucceeded());
        assertEquals(List.of("LV", "LT", "EE"), summary.items().stream().map(i -> i.country().code()).toList());
        assertEquals(BatchItem.Status.FAILED, summary.items().get(1).status());
        assertFalse(summary.items().get(1).reason().isBlank());
        assertEquals(2, summary.with(BatchItem.Status.WRITTEN).size());
        assertValidPackFor(summary.items().get(0).file(), DATASET.country("LV").orElseThrow());
        assertValidPackFor(summary.items().get(2).file(), DATASET.country("EE").orElseThrow());
        assertEquals("2 written, 0 skipped, 1 failed", summary.describe().replaceAll(" in .*", ""));
    }

    @Test
    void selections() {
        List<Country> all = CountrySelection.all().countries(DATASET);
        assertEquals(195, all.size(), "INTERPOL's 196 member countries, less the PRC");
        for (String code : List.of("TW", "CN", "HK", "MO", "AQ", "AX", "EH")) {
            assertTrue(all.stream().noneMatch(c -> c.code().equals(code)), code + " gets no pack in \"all\"");
        }
        assertTrue(all.stream().anyMatch(c -> c.code().equals("PW")), "Palau, the 196th member");
        assertTrue(CountrySelection.allies().countries(DATASET).stream().allMatch(Country::isCurrentAlly));
        assertEquals(11, CountrySelection.allies().countries(DATASET).size(), "not Tuvalu, which is not a member");
        assertEquals(List.of("TV", "AQ"), CountrySelection.of(List.of("TV", "AQ")).countries(DATASET).stream()
                .map(Country::code).toList(), "a place that is not a member can still be chosen by name");
        assertEquals(List.of("EE", "LV"), CountrySelection.of(List.of("ee", "LV", "ZZ", "EE")).countries(DATASET)
                .stream().map(Country::code).toList());
        assertEquals(List.of("ZZ"), CountrySelection.of(List.of("LV", "zz")).unknownCodes(DATASET));
    }

    @Test
    void fileNamesArePlainAndPredictable() {
        Country ci = DATASET.country("CI").orElseThrow();
        assertEquals("CI-Cote-d-Ivoire-ministerial-2026-11-22.pdf",
                BatchExporter.fileName(ci, Pack.of("CI", Template.MINISTERIAL), LocalDate.of(2026, 11, 22),
                        org.attache.core.pack.Output.FULL));
        Pack withDate = Pack.of("CI", Template.POLICE).withMeeting(
                org.attache.core.pack.Meeting.EMPTY.withDate(LocalDate.of(2026, 12, 1)));
        assertEquals("CI-Cote-d-Ivoire-police-2026-12-01.pdf", BatchExporter.fileName(ci, withDate, LocalDate.of(2026, 11, 22),
                org.attache.core.pack.Output.FULL));
        assertEquals("CI-Cote-d-Ivoire-police-card-2026-12-01.pdf", BatchExporter.fileName(ci, withDate,
                LocalDate.of(2026, 11, 22), org.attache.core.pack.Output.CARD));
    }

    /** A name made from data is never a path: it is plain letters, digits and '-', short, and stays in its folder. */
    @Test
    void fileNamesMadeFromDataNeverLeaveTheFolder() {
        Country hostile = new Country("../../escaped/AD", "Andorra/../../../etc", null, Region.EUROPE, null, true, null,
                List.of());
        String name = BatchExporter.fileName(hostile, Pack.of("AD", Template.POLICE), LocalDate.of(2026, 11, 22),
                org.attache.core.pack.Output.FULL);
        assertTrue(name.matches("[A-Za-z0-9-]+\\.pdf"), name);
        assertEquals(dir.toAbsolutePath().normalize(), BatchExporter.inside(dir, name).getParent());
        assertThrows(IllegalArgumentException.class, () -> BatchExporter.inside(dir, "../outside.pdf"));
        assertThrows(IllegalArgumentException.class, () -> BatchExporter.inside(dir, "/tmp/outside.pdf"));
        Country longName = new Country("LV", "L".repeat(400), null, Region.EUROPE, null, true, null, List.of());
        assertTrue(BatchExporter.fileName(longName, Pack.of("LV", Template.POLICE), LocalDate.of(2026, 11, 22),
                org.attache.core.pack.Output.FULL).length() < 100, "short enough for any file system");
    }

    /** Whatever fails, every country taken ends as an item: the counts add up, and a failure is one with its reason. */
    @Test
    void theCountsAlwaysAddUpEvenWhenAPackOrTheProgressDisplayFails() throws IOException {
        CountrySelection chosen = CountrySelection.of(List.of("LV", "CN", "EE", "LT"));
        BatchListener brokenDisplay = new BatchListener() {
            @Override
            public void started(Country country) {
                if (country.code().equals("EE")) throw new IllegalStateException("the display broke");
            }
        };
        BatchSummary summary = new BatchExporter(2).run(request(chosen, false), brokenDisplay);

        assertEquals(4, summary.items().size(), summary.describe());
        assertEquals(3, summary.with(BatchItem.Status.WRITTEN).size(), "Estonia's pack is made despite the display");
        BatchItem china = summary.with(BatchItem.Status.FAILED).get(0);
        assertEquals("CN", china.country().code());
        assertTrue(china.reason().contains("no briefing pack is made for China"), china.reason());
        assertFalse(summary.allSucceeded());
    }
}
