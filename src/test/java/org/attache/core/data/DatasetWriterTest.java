package org.attache.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.attache.Fixtures;
import org.attache.core.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the writer writes reads back equal, and writing it again gives the same bytes: a dataset kept in version
 * control changes only where its facts change.
 */
class DatasetWriterTest {

    private static Dataset read(byte[] bytes) throws IOException {
        DatasetLoad load = new DatasetReader().read(new ByteArrayInputStream(bytes), "written.json");
        assertTrue(load.isValid(), load.problems().stream().filter(Problem::isError).toList().toString());
        return load.dataset();
    }

    @Test
    void theBundledDatasetIsKeptInTheWritersOwnFormByteForByte() throws IOException {
        byte[] file = Files.readAllBytes(Fixtures.bundledDataset());
        assertEquals(new String(file, StandardCharsets.UTF_8), new String(DatasetWriter.toBytes(read(file)),
                StandardCharsets.UTF_8), "data/campaign.json is as the writer writes it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fixtures/minimal.json", "fixtures/minimal-v1.json", "fixtures/evidence.json"})
    void aFileReadAndWrittenReadsBackEqualAndWritesTheSameBytesAgain(String fixture) throws IOException {
        Dataset original = read(Files.readAllBytes(Fixtures.path(fixture)));
        byte[] written = DatasetWriter.toBytes(original);
        Dataset again = read(written);
        assertEquals(original, again);
        assertArrayEquals(written, DatasetWriter.toBytes(again));
    }

    /** A property over generated datasets: every optional field, odd characters and edge numbers survive. */
    @Test
    void generatedDatasetsReadBackEqual() throws IOException {
        Dataset base = read(Files.readAllBytes(Fixtures.bundledDataset()));
        for (long seed = 1; seed <= 60; seed++) {
            Dataset generated = new RandomDatasets(seed).variantOf(base);
            byte[] written = DatasetWriter.toBytes(generated);
            Dataset again = read(written);
            assertEquals(generated, again, "seed " + seed);
            assertArrayEquals(written, DatasetWriter.toBytes(again), "seed " + seed);
        }
    }

    /** A form edits one record as its JSON: every record of the bundled dataset survives the trip alone. */
    @Test
    void eachRecordWrittenAloneReadsBackAloneEqual() throws IOException {
        Dataset d = read(Files.readAllBytes(Fixtures.bundledDataset()));
        Dataset variant = new RandomDatasets(11).variantOf(d);
        int n = 0;
        for (Dataset dataset : java.util.List.of(d, variant)) {
            for (var list : java.util.Map.of("sources", dataset.sources(), "assemblies", dataset.assemblies(),
                    "countries", dataset.countries(), "actions", dataset.actions(), "tallies", dataset.tallies(),
                    "facts", dataset.facts(), "asks", dataset.asks(), "talkingPoints", dataset.talkingPoints(),
                    "articles", dataset.articles(), "measures", dataset.measures()).entrySet()) {
                for (Object record : list.getValue()) {
                    DatasetReader.RecordRead again = DatasetReader.readRecord(list.getKey(),
                            DatasetWriter.recordJson(list.getKey(), record));
                    assertEquals(java.util.List.of(), again.problems());
                    assertEquals(record, again.record());
                    n++;
                }
            }
        }
        assertTrue(n > 1000, "records: " + n);
    }

    @Test
    void aRecordWithAMistakeIsReadWithTheMistakesPlaceInsideIt() {
        DatasetReader.RecordRead read = DatasetReader.readRecord("actions",
                "{\"id\": \"act-x\", \"country\": \"lv\", \"actor\": \"\", \"kind\": \"speech\"}");
        assertEquals(null, read.record());
        java.util.Set<String> places = new java.util.HashSet<>();
        for (Problem p : read.problems()) places.add(String.valueOf(p.location().path()));
        assertTrue(places.containsAll(java.util.Set.of("$.actions[0].country", "$.actions[0].actor", "$.actions[0].kind")),
                places.toString());
    }

    @Test
    void theOutputIsUtf8PrettyPrintedAndEndsWithANewLine() {
        String text = new String(DatasetWriter.toBytes(BundledDataset.load().dataset()), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"schemaVersion\": 2,\n  \"title\": "), text.substring(0, 80));
        assertTrue(text.endsWith("}\n"));
        assertTrue(text.contains("Taiwan\u2019s"), "typographic apostrophes are written as themselves, not escaped");
    }
}
