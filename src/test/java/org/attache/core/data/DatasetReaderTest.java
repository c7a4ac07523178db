package org.attache.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.Fixtures;
import org.attache.core.model.ActionKind;
import org.attache.core.model.Dataset;
import org.attache.core.model.Region;
import org.attache.core.model.SupportAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {
    private final DatasetReader reader = new DatasetReader();

    @Test
    void readsEveryRecordTypeOfAValidFile() {
        DatasetLoad load = reader.read(Fixtures.path("fixtures/minimal.json"));

        assertTrue(load.isValid(), () -> load.problems().toString());
        assertEquals(List.of(), load.problems());
        Dataset d = load.dataset();
        assertEquals("Minimal fixture", d.title());
        load.dataset().recordCounts().forEach((type, n) -> assertTrue(n > 0, type + " is empty"));
        assertEquals(List.of(2020, 2021), d.assemblies().stream().map(a -> a.year()).toList());
        assertFalse(d.assembly("ga-2020").orElseThrow().held());
        SupportAction py = d.actions().get(0);
        assertEquals(ActionKind.EXECUTIVE_STATEMENT, py.kind());
        assertEquals("PY", py.country());
        assertTrue(d.country("PY").orElseThrow().isCurrentAlly());
        assertFalse(d.country("LV").orElseThrow().isCurrentAlly());
        assertEquals("Türkiye", d.country("TR").orElseThrow().name());
        assertEquals("478 victims rescued", d.fact("fact-rescued").orElseThrow().figure().display());
        assertEquals(List.of(Region.EUROPE), d.talkingPoints().get(0).suits().regions());
    }

    @Test
    void anActionWithOnlyADateBelongsToTheAssemblyOfThatYear() {
        Dataset d = reader.read(Fixtures.path("fixtures/minimal.json")).dataset();
        SupportAction ep = d.actions().stream().filter(a -> a.id().equals("act-ep-2021")).findFirst().orElseThrow();
        assertNull(ep.assembly());
        assertEquals("ga-89", d.assemblyOf(ep).orElseThrow().id());
    }

    @Test
    void reportsEveryProblemInOnePassAndKeepsTheValidRecords(@TempDir Path dir) throws IOException {
        String text = Files.readString(Fixtures.path("fixtures/minimal.json"))
                .replace("\"kind\": \"executive-statement\"", "\"kind\": \"tweet\"")
                .replace("\"value\": 11,", "\"value\": \"eleven\",")
                .replace("\"facts\": [\"fact-rescued\"]", "\"facts\": [\"fact-gone\"]");
        Path file = dir.resolve("three-problems.json");
        Files.writeString(file, text);

        DatasetLoad load = reader.read(file);

        assertTrue(load.isReadable(), "a file with bad records still opens");
        assertFalse(load.isValid());
        assertEquals(3, load.errorCount(), () -> load.problems().toString());
        assertEquals(1, load.dataset().actions().size(), "the broken action is left out, the other kept");
        assertEquals(0, load.dataset().tallies().size());
        assertEquals(1, load.dataset().talkingPoints().size(), "a dangling reference does not drop the record");
        for (Problem p : load.problems()) {
            assertEquals(file.toString(), p.location().file());
            assertTrue(p.location().line() > 0, "every problem has a line: " + p);
            assertNotNull(p.location().path(), "every problem has a JSON path: " + p);
        }
    }

    @Test
    void aSourceInForceIsReadWrittenBackAndAWrongValueIsPlaced(@TempDir Path dir) throws IOException {
        String minimal = Files.readString(Fixtures.path("fixtures/minimal.json"));
        String inForce = minimal.replace("\"kind\": \"web\",", "\"kind\": \"web\",\n      \"inForce\": true,");
        Path file = dir.resolve("in-force.json");
        Files.writeString(file, inForce);
        Dataset read = reader.read(file).dataset();
        assertTrue(read.source("src-a").orElseThrow().inForce());
        assertFalse(read.source("src-seed").orElseThrow().inForce(), "not in force unless it says so");
        Path written = dir.resolve("written.json");
        Files.write(written, DatasetWriter.toBytes(read));
        assertTrue(reader.read(written).dataset().source("src-a").orElseThrow().inForce(), "written back");

        Path wrong = dir.resolve("wrong.json");
        Files.writeString(wrong, minimal.replace("\"kind\": \"web\",", "\"kind\": \"web\",\n      \"inForce\": \"yes\","));
        DatasetLoad load = reader.read(wrong);
        Problem problem = load.problems().stream().filter(p -> p.message().contains("inForce")).findFirst()
                .orElseThrow(() -> new AssertionError(load.problems().toString()));
        assertEquals(Severity.ERROR, problem.severity());
        assertEquals("$.sources[0].inForce", problem.location().path().toString());
        assertEquals(14, problem.location().line());
        assertTrue(problem.message().contains("true or false"), problem.message());
    }

    @Test
    void warnsAboutUnknownFieldsWithoutFailing(@TempDir Path dir) throws IOException {
        String text = Files.readString(Fixtures.path("fixtures/minimal.json"))
                .replace("\"title\": \"Minimal fixture\",", "\"title\": \"Minimal fixture\",\n  \"colour\": \"blue\",");
        Path file = dir.resolve("extra.json");
        Files.writeString(file, text);

        DatasetLoad load = reader.read(file);

        assertTrue(load.isValid());
        assertEquals(1, load.warningCount());
        Problem warning = load.problems().get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals("$.colour", warning.location().path().toString());
        assertEquals(4, warning.location().line());
        assertTrue(warning.message().contains("unknown field \"colour\""));
    }

    @Test
    void problemsReadAsFileLineColumnPathAndMessage(@TempDir Path dir) throws IOException {
        String text = Files.readString(Fixtures.path("fixtures/minimal.json")).replace("\"country\": \"PY\"",
                "\"country\": \"XX\"");
        Path file = dir.resolve("typo.json");
        Files.writeString(file, text);

        Problem p = reader.read(file).problems().get(0);

        assertTrue(p.toString().matches(".*typo\\.json:\\d+:\\d+ at \\$\\.actions\\[0]\\.country: error: "
                + "unknown country code \"XX\""), p.toString());
    }

    @Test
    void readsFromAStreamUnderAGivenName() throws IOException {
        byte[] bytes = "{\"schemaVersion\": 1}".getBytes(StandardCharsets.UTF_8);
        DatasetLoad load = reader.read(new ByteArrayInputStream(bytes), "pasted.json");
        assertEquals("pasted.json", load.file());
        assertTrue(load.problems().stream().anyMatch(p -> p.message().contains("\"sources\" is missing")));
    }
}
