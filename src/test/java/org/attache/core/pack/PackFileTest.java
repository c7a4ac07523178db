package org.attache.core.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.attache.core.data.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackFileTest {
    @TempDir
    Path dir;

    /** A pack with every field set, sections reordered, and options and notes on some of them. */
    static Pack fullPack() {
        Pack pack = Pack.of("LV", Template.POLICE)
                .withMeeting(new Meeting(LocalDate.of(2026, 11, 24), "Jane Doe", "Minister of the Interior",
                        "Riga", "Secure support at the\nnext General Assembly"))
                .withClassification("restricted")
                .withControl(new DocumentControl("Europe Desk", "EU-2026-117", 2, "Return to the desk after use.",
                        "diplomatic staff only", true))
                .withPaper(PaperSize.LETTER)
                .withNumbered(true)
                .withNotes("Bring the letter from the Saeima.\nAsk about the vote — “quietly”.")
                .withDataset(new DatasetRef("campaign.json", "0123456789abcdef".repeat(4),
                        "Taiwan and INTERPOL: the participation campaign", "2026-11-23", Map.of("actions", 107, "countries", 40, "talking points", 12), 3));
        pack = pack.withSectionMoved(pack.sections().size() - 1, 0);
        pack = pack.withSectionMoved(3, 7);
        List<PackSection> sections = pack.sections();
        for (int i = 0; i < sections.size(); i++) {
            PackSection s = sections.get(i);
            PackSection changed = switch (s.kind()) {
                case CASES -> s.withOption(SectionKind.CASES_SCOPE, "all").withNotes("Mention the 2019 case.");
                case WORLDWIDE_GROWTH -> s.withIncluded(true)
                        .withOption(SectionKind.MEASURES, "parliamentarians,countries-voicing-support");
                case COUNTRY_RECORD -> s.withOption(SectionKind.ASSEMBLIES, "all");
                case TALKING_POINTS -> s.withOption(SectionKind.POINTS, "all").withIncluded(false);
                case SUMMARY -> s.withNotes("Keep it short.");
                default -> s;
            };
            pack = pack.withSectionReplaced(i, changed);
        }
        return pack;
    }

    private PackLoad load(String json) throws IOException {
        Path file = dir.resolve("test" + Pack.FILE_SUFFIX);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return PackFile.read(file);
    }

    /** The one error at the given JSON path, checked for its line and a fragment of its message. */
    private static Problem errorAt(PackLoad load, String path, int line, String fragment) {
        assertFalse(load.isUsable(), "a file with errors gives no pack");
        assertNull(load.pack());
        Problem problem = load.problems().stream()
                .filter(Problem::isError)
                .filter(p -> p.location().path() != null && p.location().path().toString().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no error at " + path + " in " + load.problems()));
        assertEquals(line, problem.location().line(), problem.toString());
        assertTrue(problem.location().column() > 0, problem.toString());
        assertTrue(problem.message().contains(fragment), problem.toString());
        assertTrue(problem.location().file().endsWith("test" + Pack.FILE_SUFFIX), problem.toString());
        return problem;
    }

    private static Problem onlyProblem(PackLoad load) {
        assertFalse(load.isUsable());
        assertEquals(1, load.problems().size(), load.problems().toString());
        assertEquals(1, load.errorCount());
        return load.problems().get(0);
    }

    // ---------------------------------------------------------------- saving

    @Test
    void aSavedPackReadsBackEqual() throws IOException {
        Pack original = fullPack();
        Path file = dir.resolve("lv" + Pack.FILE_SUFFIX);
        PackFile.save(original, file);

        PackLoad load = PackFile.read(file);

        assertEquals(List.of(), load.problems());
        assertTrue(load.isUsable());
        assertEquals(original, load.pack());
        assertEquals(file.toString(), load.file());
    }

    @Test
    void aNewPackReadsBackEqual() throws IOException {
        Pack original = Pack.of("US", Template.PARLIAMENTARY);
        Path file = dir.resolve("us" + Pack.FILE_SUFFIX);
        PackFile.save(original, file);
        assertEquals(original, PackFile.read(file).pack());
    }

    @Test
    void savingTwiceGivesTheSameBytes() throws IOException {
        Path first = dir.resolve("a.json");
        Path second = dir.resolve("b.json");
        PackFile.save(fullPack(), first);
        PackFile.save(PackFile.read(first).pack(), second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        assertArrayEquals(Files.readAllBytes(first), PackFile.toBytes(fullPack()));
    }

    @Test
    void theFileIsPrettyPrintedInTheDocumentedOrderAndLeavesEmptyValuesOut() throws IOException {
        Path file = dir.resolve("a.json");
        PackFile.save(fullPack(), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"format\": \"attache-pack\",\n  \"formatVersion\": 1,\n  \"country\": \"LV\","),
                text);
        assertTrue(text.endsWith("}\n"));
        assertTrue(text.contains("Ask about the vote — “quietly”."), "non-ASCII text is written as UTF-8");
        List<String> order = List.of("\"format\"", "\"formatVersion\"", "\"country\"", "\"template\"", "\"meeting\"",
                "\"control\"", "\"classification\": \"RESTRICTED\"", "\"paper\": \"letter\"", "\"language\": \"en\"", "\"numberedParagraphs\": true", "\"notes\"",
                "\"sections\"", "\"dataset\"");
        int previous = -1;
        for (String field : order) {
            int at = text.indexOf(field);
            assertTrue(at > previous, field + " out of order in\n" + text);
            previous = at;
        }

        String bare = new String(PackFile.toBytes(Pack.of("LV", Template.MINISTERIAL)), StandardCharsets.UTF_8);
        assertFalse(bare.contains("\"meeting\""), bare);
        assertFalse(bare.contains("\"notes\":"), bare);
        assertFalse(bare.contains("numberedParagraphs"), "written only when paragraphs are numbered: " + bare);
        assertFalse(bare.contains("\"options\""), bare);
        assertFalse(bare.contains("\"dataset\""), bare);
        assertFalse(bare.contains("\"control\""), bare);
    }

    @Test
    void aVersionOutOfRangeOrAnOverlongCoverLineIsAnErrorAtItsPlace() throws IOException {
        String head = "{\n  \"format\": \"attache-pack\",\n  \"formatVersion\": 1,\n  \"country\": \"LV\",\n";
        errorAt(load(head + "  \"control\": {\"version\": 0}\n}"), "$.control.version", 5, "from 1 to 999");
        String longDesk = "x".repeat(DocumentControl.MAX_LENGTH + 1);
        errorAt(load(head + "  \"control\": {\"preparedBy\": \"" + longDesk + "\"}\n}"), "$.control.preparedBy", 5,
                "121 characters long");
    }

    @Test
    void aSaveThatFailsHalfwayLeavesThePreviousFileWhole() throws IOException {
        Path file = dir.resolve("lv" + Pack.FILE_SUFFIX);
        PackFile.save(Pack.of("LV", Template.MINISTERIAL), file);
        byte[] before = Files.readAllBytes(file);

        IOException failure = assertThrows(IOException.class,
                () -> PackFile.save(fullPack(), file, out -> new FailingAfter(out, 200)));

        assertEquals("the disk is full", failure.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    /** Passes bytes on until a limit, then fails as a full disk would. */
    private static final class FailingAfter extends FilterOutputStream {
        private int left;

        FailingAfter(OutputStream out, int limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) throw new IOException("the disk is full");
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) write(b[off + i]);
        }
    }

    // ---------------------------------------------------------------- reading what is there

    @Test
    void sectionsMissingFromTheFileAreAddedUnticked() throws IOException {
        PackLoad load = load("""
                {
                  "format": "attache-pack",
                  "formatVersion": 1,
                  "country": "LV",
                  "sections": [
                    {"kind": "notes", "included": true},
                    {"kind": "cover", "included": true, "notes": "Big title"}
                  ]
                }
                """);
        assertEquals(List.of(), load.problems());
        List<PackSection> sections = load.pack().sections();
        assertEquals(SectionKind.values().length, sections.size());
        assertEquals(PackSection.of(SectionKind.NOTES, true), sections.get(0));
        assertEquals(new PackSection(SectionKind.COVER, true, "Big title", Map.of()), sections.get(1));
        List<SectionKind> rest = Arrays.stream(SectionKind.values())
                .filter(k -> k != SectionKind.NOTES && k != SectionKind.COVER).toList();
        assertEquals(rest, sections.subList(2, sections.size()).stream().map(PackSection::kind).toList());
        for (PackSection added : sections.subList(2, sections.size())) {
            assertEquals(added.kind().required(), added.included(), "only a required section is ticked: " + added);
        }
    }

    @Test
    void aMinimalFileTakesTheDefaults() throws IOException {
        PackLoad load = load("{\"format\": \"attache-pack\", \"formatVersion\": 1, \"country\": \"LV\"}");
        assertEquals(List.of(), load.problems());
        assertEquals(Pack.of("LV", Template.MINISTERIAL), load.pack());
    }

    @Test
    void anUnknownFieldIsAWarningAndThePackStillOpens() throws IOException {
        PackLoad load = load("""
                {
                  "format": "attache-pack",
                  "formatVersion": 1,
                  "country": "LV",
                  "colour": "blue",
                  "meeting": {"date": "2026-11-24", "mood": "good"}
                }
                """);
        assertTrue(load.isUsable(), load.problems().toString());
        assertEquals(0, load.errorCount());
        assertEquals(2, load.warningCount());
        Problem colour = load.problems().stream()
                .filter(p -> p.location().path().toString().equals("$.colour")).findFirst().orElseThrow();
        assertFalse(colour.isError());
        assertEquals("$.colour", colour.location().path().toString());
        assertEquals(5, colour.location().line());
        assertTrue(colour.message().contains("unknown field \"colour\""), colour.message());
        assertTrue(load.problems().stream().anyMatch(p -> p.location().path().toString().equals("$.meeting.mood")));
        assertEquals(LocalDate.of(2026, 11, 24), load.pack().meeting().date());
    }

    @Test
    void anOptionASectionDoesNotOfferIsAWarning() throws IOException {
        PackLoad load = load("""
                {
                  "format": "attache-pack",
                  "formatVersion": 1,
                  "country": "LV",
                  "sections": [{"kind": "cover", "included": true, "options": {"size": "large"}}]
                }
                """);
        assertTrue(load.isUsable());
        assertEquals("$.sections[0].options.size", load.problems().get(0).location().path().toString());
        assertEquals(Map.of(), load.pack().section(SectionKind.COVER).options());
    }

    // ---------------------------------------------------------------- errors, each at its place

    @Test
    void anotherFormatIsASingleError() throws IOException {
        Problem p = onlyProblem(load("""
                {
                  "format": "slides",
                  "formatVersion": 1,
                  "country": "LV"
                }
                """));
        assertEquals("$.format", p.location().path().toString());
        assertEquals(2, p.location().line());
        assertTrue(p.message().contains("not an Attaché pack file"), p.message());
    }

    @Test
    void aFileWithoutAFormatIsASingleError() throws IOException {
        Problem p = onlyProblem(load("{\"country\": \"LV\", \"sections\": 3}"));
        assertTrue(p.message().contains("\"format\""), p.message());
    }

    @Test
    void aDatasetOpenedAsAPackSaysSo() throws IOException {
        Problem p = onlyProblem(load("{\"schemaVersion\": 1, \"title\": \"Campaign\", \"actions\": []}"));
        assertTrue(p.message().contains("dataset"), p.message());
    }

    @Test
    void aNewerFormatVersionIsASingleError() throws IOException {
        Problem p = onlyProblem(load("""
                {
                  "format": "attache-pack",
                  "formatVersion": 2,
                  "country": "LV",
                  "hologram": true
                }
                """));
        assertEquals("$.formatVersion", p.location().path().toString());
        assertEquals(3, p.location().line());
        assertTrue(p.message().contains("newer version of Attaché"), p.message());
    }

    @Test
    void aMissingCountryIsAnError() throws IOException {
        Problem p = errorAt(load("""
                {
                  "format": "attache-pack",
                  "formatVersion": 1,
                  "template": "police"
                }
                """), "$", 1, "\"country\" is missing");
        assertEquals(1, p.location().column());
    }

    @Test
    void aBlankCountryIsAnError() throws IOException {
        errorAt(load("""
                {
                  "format": "attache-pack",
                  "formatVersion": 1,
                  "country": "  "
                }
                """), "$.country", 4, "empty");
    }

    @Test
    void aWrongTypeIsAnError() throws IOException {
        errorAt(load("""
                {
                  "format": "attache-pack",
                  "formatVersion": 1,
                  "country": "LV",
                  "notes": ["a", "b"],
                  "sections": [{"kind": "cover", "included": "yes"}]
                }
                """), "$.notes", 5, "\"notes\" should be text, not a list");
        errorAt(load("""
                {
                  "format": "attache-pack",
                  "formatVersion": 1,
                  "country": "LV",
                  "sections": [
                    {"kind": "cover", "included": "yes"}
                  ]
                }
                """), "$.sections[0].included", 6, "should be true or false");
        errorAt(load("""
                {
                  "format": "attache-pack",
                  "formatVersion": "one",
                  "country": "LV"
                }
                """), "$.formatVersion", 3, "should be a whole number");
        errorAt(load("""
                {
                  "format": "attache-pack",
                  "formatVersion": 1,
                  "country": "LV",
                  "meeting": "tomorrow"
                }
                """), "$.meeting", 5, "should be an object");
    }

    @Test
    void aBadDateIsAnError() throws IOException {
        Problem p = errorAt(load("""
                {
                  "format": "attache-pack",
                  "formatVersion": 1,
                  "country": "LV",
                  "meeting": {
                    "date": "24/11/2026"
                  }
                }
                """), "$.meeting.date", 6, "year-month-day");
        assertEquals(13, p.location().column());
        errorAt(load("""
                {
                  "format": "attache-pack",
                  "formatVersion": 1,
                  "country": "LV",
                  "meeting": {"date": "2026-02-30"}
                }
                """), "$.meeting.date", 5, "not a day of the calendar");
    }

    @Test
    void anUnknownSpellingIsAnErrorListingTheAllowedOnes() throws IOException {
        Problem paper = errorAt(load("""
                {
                  "format": "attache-pack",
                  "formatVersion": 1,
                  "country": "LV",
                  "paper": "a5"
                }
                """), "$.paper", 5, "expected a4 or letter");
        assertEquals(12, paper.location().column());
        errorAt(load("""
                {
                  "format": "attache-pack",
                  "formatVersion": 1,
                  "country": "LV",
                  "template": "summit"
                }
                """), "$.template", 5, "expected ministerial, parliamentary or police");
        errorAt(load("""
                {
                  "format": "attache-pack",
                  "formatVersion": 1,
                  "country": "LV",
                  "sections": [
                    {"kind": "cover"},
                    {"kind": "appendix"}
                  ]
                }
                """), "$.sections[1].kind", 7, "\"appendix\"; expected cover, summary, new-since, ask");
    }

    @Test
    void anOptionValueTheSectionDoesNotAllowIsAnError() throws IOException {
        errorAt(load("""
                {
                  "format": "attache-pack",
                  "formatVersion": 1,
                  "country": "LV",
                  "sections": [
                    {"kind": "cover", "included": true},
                    {"kind": "cases", "included": true,
                     "options": {"scope": "everything"}}
                  ]
                }
                """), "$.sections[1].options.scope", 8, "expected country-and-region, country or all");
    }

    @Test
    void aSectionListedTwiceIsAnError() throws IOException {
        errorAt(load("""
                {
                  "format": "attache-pack",
                  "formatVersion": 1,
                  "country": "LV",
                  "sections": [
                    {"kind": "cover", "included": true},
                    {"kind": "ask", "included": true},
                    {"kind": "cover", "included": false}
                  ]
                }
                """), "$.sections[2].kind", 8, "listed twice; it is first listed at line 6");
    }

    @Test
    void theDatasetsTitleDateAndFingerprintSurviveASave() throws IOException {
        Path file = dir.resolve("lv" + Pack.FILE_SUFFIX);
        PackFile.save(fullPack(), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"title\": \"Taiwan and INTERPOL: the participation campaign\""), text);
        assertTrue(text.contains("\"updated\": \"2026-11-23\""), text);

        DatasetRef read = PackFile.read(file).pack().dataset();
        assertEquals("0123456789abcdef".repeat(4), read.sha256());
        assertEquals("Taiwan and INTERPOL: the participation campaign", read.title());
        assertEquals("2026-11-23", read.updated());
    }

    @Test
    void aPackSavedBeforeTheDatasetsTitleAndDateWereNotedStillOpens() throws IOException {
        PackLoad load = load("""
                {
                  "format": "attache-pack",
                  "formatVersion": 1,
                  "country": "LV",
                  "dataset": {
                    "file": "campaign.json",
                    "sha256": "%s",
                    "recordCounts": {"actions": 107},
                    "countryActions": 2
                  }
                }
                """.formatted("ab".repeat(32)));
        assertEquals(List.of(), load.problems());
        DatasetRef ref = load.pack().dataset();
        assertEquals("ab".repeat(32), ref.sha256());
        assertNull(ref.title());
        assertNull(ref.updated());
        assertFalse(new String(PackFile.toBytes(load.pack()), StandardCharsets.UTF_8).contains("\"title\""),
                "nothing is invented on saving it again");
    }

    @Test
    void aDatasetDateThatIsNotADateIsAnError() throws IOException {
        PackLoad load = load("""
                {
                  "format": "attache-pack",
                  "formatVersion": 1,
                  "country": "LV",
                  "dataset": {
                    "file": "campaign.json",
                    "sha256": "%s",
                    "updated": "last week"
                  }
                }
                """.formatted("ab".repeat(32)));
        errorAt(load, "$.dataset.updated", 8, "a date like 2026");
    }

    @Test
    void aBrokenDatasetReferenceIsAnError() throws IOException {
        PackLoad load = load("""
                {
                  "format": "attache-pack",
                  "formatVersion": 1,
                  "country": "LV",
                  "dataset": {
                    "file": "campaign.json",
                    "sha256": "abc",
                    "recordCounts": {"actions": -1}
                  }
                }
                """);
        errorAt(load, "$.dataset.sha256", 7, "64 hexadecimal digits");
        errorAt(load, "$.dataset.recordCounts.actions", 8, "whole number of 0 or more");
    }

    // ---------------------------------------------------------------- files that are not packs at all

    @Test
    void textThatIsNotJsonIsASingleLocatedError() throws IOException {
        Problem p = onlyProblem(load("{\n  \"format\": \"attache-pack\",\n  country: \"LV\"\n}\n"));
        assertEquals(3, p.location().line());
        assertTrue(p.message().contains("not valid JSON"), p.message());
    }

    @Test
    void aListIsNotAPack() throws IOException {
        Problem p = onlyProblem(load("[1, 2]"));
        assertTrue(p.message().contains("not a list"), p.message());
    }

    @Test
    void anEmptyFileIsASingleError() throws IOException {
        assertTrue(onlyProblem(load("")).message().contains("empty"));
        assertTrue(onlyProblem(load("  \n ")).message().contains("empty"));
    }

    @Test
    void aMissingFileIsASingleError() {
        PackLoad load = PackFile.read(dir.resolve("nowhere.json"));
        assertTrue(onlyProblem(load).message().contains("no such file"));
    }

    @Test
    void aFolderIsASingleError() {
        assertTrue(onlyProblem(PackFile.read(dir)).message().contains("folder"));
    }

    @Test
    void aFileOverOneMegabyteIsASingleError() throws IOException {
        Path file = dir.resolve("huge.json");
        byte[] bytes = new byte[PackFile.MAX_BYTES + 1];
        Arrays.fill(bytes, (byte) ' ');
        Files.write(file, bytes);
        Problem p = onlyProblem(PackFile.read(file));
        assertTrue(p.message().contains("1.1 MB") && p.message().contains("at most 1 MB"), p.message());

        Files.write(file, Arrays.copyOf(bytes, PackFile.MAX_BYTES));
        assertTrue(onlyProblem(PackFile.read(file)).message().contains("empty"), "exactly 1 MB is still read");
    }

    @Test
    void binaryBytesAreASingleError() throws IOException {
        Path file = dir.resolve("picture.png");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d});
        Problem p = onlyProblem(PackFile.read(file));
        assertNotNull(p.message());
        assertTrue(p.isError());
    }
}
