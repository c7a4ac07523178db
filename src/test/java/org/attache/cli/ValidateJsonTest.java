package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.attache.Fixtures;
import org.attache.core.data.DatasetLoad;
import org.attache.core.export.DatasetFile;
import org.junit.jupiter.api.Test;

/** {@code validate --json}: one object for scripts, whose counts and problems are those of the dataset. */
class ValidateJsonTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private JsonNode json() throws IOException {
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, printed.lines().count(), "one line: " + printed);
        return new ObjectMapper().readTree(printed);
    }

    @Test
    void aBrokenFileIsOneObjectWithItsCountsAndEveryProblemInPlace() throws IOException {
        String file = Fixtures.path("broken/unknown-source.json").toString();
        assertEquals(Cli.FAILED, cli.run("validate", "--json", file));

        JsonNode report = json();
        DatasetLoad load = DatasetFile.reader().read(Fixtures.path("broken/unknown-source.json"));
        assertEquals(file, report.get("file").asText());
        assertTrue(report.get("valid").isBoolean() && !report.get("valid").asBoolean());
        assertEquals(load.errorCount(), report.get("errors").asInt());
        assertEquals(load.warningCount(), report.get("warnings").asInt());
        assertEquals(load.problems().size(), report.get("problems").size());
        int errors = 0;
        for (JsonNode problem : report.get("problems")) {
            if (problem.get("severity").asText().equals("error")) errors++;
        }
        assertEquals(report.get("errors").asInt(), errors);
        JsonNode unknown = null;
        for (JsonNode problem : report.get("problems")) {
            if (problem.get("message").asText().equals("unknown source \"src-missing\"")) unknown = problem;
        }
        assertTrue(unknown != null, report.toString());
        assertEquals("error", unknown.get("severity").asText());
        assertTrue(unknown.get("line").asInt() > 0 && unknown.get("column").asInt() > 0, unknown.toString());
        assertEquals("$.actions[0].sources[0]", unknown.get("path").asText());
        assertEquals("", err.toString(StandardCharsets.UTF_8), "nothing besides the object");
    }

    @Test
    void theBundledDatasetIsValid() throws IOException {
        assertEquals(Cli.OK, cli.run("validate", "--json"));
        JsonNode report = json();
        assertTrue(report.get("valid").asBoolean());
        assertEquals(0, report.get("errors").asInt());
        assertEquals(report.get("warnings").asInt(), report.get("problems").size());
    }

    @Test
    void anUnreadableFileIsInvalidWithItsReason() throws IOException {
        assertEquals(Cli.FAILED, cli.run("validate", "--json", Fixtures.path("broken/not-json.txt").toString()));
        JsonNode report = json();
        assertTrue(!report.get("valid").asBoolean() && report.get("errors").asInt() >= 1, report.toString());
    }
}
