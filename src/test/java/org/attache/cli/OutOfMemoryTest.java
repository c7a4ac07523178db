package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dataset too large for the memory a run may use gets a message that says what to do, never a stack trace. */
class OutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    void runningOutOfMemoryIsAMessageWithTheWayOut() throws Exception {
        Path big = dir.resolve("big.json");
        assertEquals(Cli.OK, new Cli(System.out, System.err).run("synthetic", "--countries", "100", "--assemblies", "10",
                "--actions", "20", "--out", big.toString()));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx16m", "-cp", System.getProperty("java.class.path"),
                "org.attache.Launcher", "validate", big.toString())).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));

        assertEquals(Cli.FAILED, p.exitValue(), output);
        assertTrue(output.contains("needs more memory than the 16 MB") && output.contains("-Xmx2g"), output);
        assertFalse(output.contains("OutOfMemoryError") || output.contains("\tat "), output);
    }
}
