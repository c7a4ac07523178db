package org.attache.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.attache.core.data.DatasetLoad;
import org.attache.core.data.DatasetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticDatasetTest {
    @TempDir
    Path dir;

    @Test
    void theGeneratedDatasetIsValidSizedAsAskedAndMarkedSynthetic() {
        Path file = dir.resolve("synthetic.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
                .run("synthetic", "--countries", "30", "--assemblies", "4", "--actions", "5", "--out", file.toString());

        assertEquals(Cli.OK, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("all synthetic"));
        DatasetLoad load = new DatasetReader().read(file);
        assertTrue(load.isValid(), load.problems().toString());
        assertEquals(0, load.warningCount(), load.problems().toString());
        assertEquals(SyntheticDataset.TITLE, load.dataset().title());
        assertEquals(30, load.dataset().countries().size());
        assertEquals(4, load.dataset().assemblies().size());
        assertEquals(30 * 4 * 5, load.dataset().actions().size());
        assertTrue(load.dataset().countries().stream().allMatch(c -> c.name().startsWith("Synthetic Country")));
        assertTrue(load.dataset().sources().stream().allMatch(s -> s.publisher().startsWith("Synthetic")));
    }

    @Test
    void sizesOutOfRangeAreUsageErrors() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Cli cli = new Cli(quiet, quiet);
        assertEquals(Cli.USAGE, cli.run("synthetic", "--countries", "0", "--out", dir.resolve("x.json").toString()));
        assertEquals(Cli.USAGE, cli.run("synthetic", "--actions", "many", "--out", dir.resolve("x.json").toString()));
        assertEquals(Cli.USAGE, cli.run("synthetic", "--countries", "3"));
    }
}
