package org.attache.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attache.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile files: each must give a located, plain-language error and never a crash, a hang or an
 * exhausted heap. The committed corpus lives in src/test/resources/broken with its expectations beside it;
 * the huge cases are made here, on the fly.
 */
@Timeout(60) // a guard against hangs, not a speed requirement
class BrokenFilesTest {
    private static final Path CORPUS = Fixtures.path("broken");
    private final DatasetReader reader = new DatasetReader();

    record Expectation(String file, String path, String line, String fragment) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Expectation> expectations() throws IOException {
        try (Stream<String> lines = Files.lines(CORPUS.resolve("expectations.tsv"))) {
            return lines.filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\t", -1))
                    .map(c -> new Expectation(c[0], c[1], c[2], c[3]))
                    .toList();
        }
    }

    @Test
    void theCorpusHasAtLeastThirtyFilesAndEveryOneHasAnExpectation() throws IOException {
        Set<String> expected = expectations().stream().map(Expectation::file).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(CORPUS)) {
            Set<String> present = files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("expectations.tsv")).collect(Collectors.toSet());
            assertEquals(present, expected);
            assertTrue(present.size() >= 30, "corpus size " + present.size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void eachBrokenFileGivesALocatedError(Expectation e) {
        Path file = CORPUS.resolve(e.file());
        DatasetLoad load = reader.read(file);

        assertFalse(load.isValid(), "should be invalid");
        assertTrue(load.errorCount() > 0);
        Problem match = load.problems().stream()
                .filter(Problem::isError)
                .filter(p -> p.message().toLowerCase(Locale.ROOT).contains(e.fragment().toLowerCase(Locale.ROOT)))
                .filter(p -> e.path().equals("-") || (p.location().path() != null
                        && p.location().path().toString().equals(e.path())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no error with \"" + e.fragment() + "\" at " + e.path()
                        + " in " + load.problems()));
        assertEquals(file.toString(), match.location().file());
        if (!e.line().equals("-")) {
            assertEquals(Integer.parseInt(e.line()), match.location().line(), () -> "line of " + match);
        }
        boolean wholeFileProblem = load.problems().size() == 1 && match.message().contains("empty");
        if (!wholeFileProblem) assertTrue(match.location().line() > 0, "the error has a line: " + match);
        assertFalse(match.message().contains("Exception"), "no library jargon: " + match.message());
        assertFalse(match.message().contains("StreamReadConstraints"), "no library jargon: " + match.message());
    }

    @Test
    void deepArrayNestingIsRefusedWithoutAStackOverflow(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("deep.json");
        Files.writeString(file, "[".repeat(100_000) + "]".repeat(100_000));
        assertError(file, "nested more than 64 levels", 1);
    }

    @Test
    void deepObjectNestingIsRefusedWithoutAStackOverflow(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("deep-objects.json");
        Files.writeString(file, "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000));
        assertError(file, "nested more than 64 levels", 1);
    }

    @Test
    void aTwoHundredMegabyteTextIsRefusedWithoutReadingItIntoMemory(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge-string.json");
        byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"schemaVersion\": 1, \"title\": \"".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 200; i++) out.write(chunk);
            out.write("\"}".getBytes(StandardCharsets.US_ASCII));
        }
        assertError(file, "longer than 1,000,000 characters", 1);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(300L * 1024 * 1024); // sparse: no real disk used
        }
        assertError(file, "the largest dataset Attaché reads is 256 MB", 0);
    }

    @Test
    void aFolderIsNotADataset(@TempDir Path dir) {
        assertError(dir, "this is a folder", 0);
    }

    @Test
    void aMissingFileIsReportedAsMissing(@TempDir Path dir) {
        assertError(dir.resolve("nowhere.json"), "there is no such file", 0);
    }

    @Test
    void randomBytesGiveAnError(@TempDir Path dir) throws IOException {
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            byte[] bytes = new byte[1 + random.nextInt(64 * 1024)];
            random.nextBytes(bytes);
            Path file = dir.resolve("random-" + i + ".bin");
            Files.write(file, bytes);
            DatasetLoad load = reader.read(file);
            assertFalse(load.isValid(), file.toString());
            assertTrue(load.problems().get(0).location().line() > 0, load.problems().toString());
        }
    }

    @Test
    void aHundredThousandBrokenRecordsKeepOnlyABoundedListOfProblems(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("many-bad-records.json");
        StringBuilder sb = new StringBuilder("{\"schemaVersion\": 1, \"sources\": [");
        for (int i = 0; i < 100_000; i++) sb.append(i == 0 ? "" : ",").append("{\"id\": ").append(i).append('}');
        sb.append("], \"assemblies\": [], \"countries\": [], \"organisations\": [], \"measures\": [], \"actions\": [],"
                + " \"tallies\": [], \"facts\": [], \"asks\": [], \"talkingPoints\": [], \"articles\": []}");
        Files.writeString(file, sb);

        DatasetLoad load = reader.read(file);

        assertTrue(load.errorCount() >= 100_000, "every problem is counted: " + load.errorCount());
        assertEquals(Problems.MAX_KEPT + 1, load.problems().size());
        assertTrue(load.problems().get(Problems.MAX_KEPT).message().contains("more problems were found"));
    }

    private void assertError(Path file, String fragment, int line) {
        DatasetLoad load = reader.read(file);
        assertFalse(load.isReadable(), "the file cannot be opened at all");
        assertEquals(1, load.problems().size(), load.problems().toString());
        Problem p = load.problems().get(0);
        assertTrue(p.message().contains(fragment), p.message());
        if (line > 0) assertEquals(line, p.location().line(), p.toString());
        assertEquals(file.toString(), p.location().file());
    }
}
