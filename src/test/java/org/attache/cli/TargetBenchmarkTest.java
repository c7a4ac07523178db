package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.attache.app.MinimalWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole processes timed from outside, and the targets judged from those times. */
class TargetBenchmarkTest {
    private final ProcessTimer timer = new ProcessTimer(Duration.ofMinutes(1));

    @Test
    void eachMarkIsTimedWhenItsLineComesAndTheExitAfterIt() throws IOException {
        ProcessTimer.Run run = timer.run(List.of("sh", "-c", "echo one; sleep 0.3; echo two; sleep 0.2; exit 3"),
                Map.of(), List.of("one", "two"));
        long one = run.nanosToMarks().get(0);
        long two = run.nanosToMarks().get(1);
        assertTrue(two - one >= 250_000_000L, "the second line came after the pause: " + (two - one));
        assertTrue(run.nanosToExit() > two, "the exit came after the last line");
        assertEquals(3, run.exitCode());
        assertTrue(run.peakBytes() > 0, "Linux tells the peak memory");
    }

    @Test
    void aMarkNeverPrintedIsAnErrorNamingIt() {
        IOException e = assertThrows(IOException.class,
                () -> timer.run(List.of("sh", "-c", "echo something else"), Map.of(), List.of("painted")));
        assertTrue(e.getMessage().contains("without printing \"painted\""), e.getMessage());
    }

    @Test
    void theEnvironmentGivenIsTheChilds() throws IOException {
        ProcessTimer.Run run = timer.run(List.of("sh", "-c", "echo \"$ATTACHE_BENCH_TEST\""),
                Map.of("ATTACHE_BENCH_TEST", "given"), List.of("given"));
        assertEquals(0, run.exitCode());
    }

    @Test
    void aSlowWindowMissesItsTargetAndAFastExportAndBatchMeetTheirs(@TempDir Path dir) throws IOException {
        Path app = script(dir, "app.sh", "case \"$1\" in export) sleep 0.1; exit 0 ;; esac\n"
                + "sleep 0.6; echo '" + TargetBenchmark.PAINTED + " 600 ms'; echo '" + TargetBenchmark.SHOWN + " 700 ms'\n");
        Path window = script(dir, "window.sh", "echo " + TargetBenchmark.MINIMAL_PAINTED + "\n");
        String report = run(new TargetBenchmark.Commands(List.of("sh", app.toString()), List.of("sh", window.toString())), true);

        assertTrue(report.matches("(?s).*Attaché window, painted .*the minimal window; target ≤ 1\\.10×: MISSED.*"), report);
        assertTrue(report.matches("(?s).*export of one pack \\(LV\\) .*target ≤ 0\\.6 s: met.*"), report);
        assertTrue(report.matches("(?s).*batch of every member .*peak \\d+ MB; target ≤ 3 s and ≤ 400 MB: met.*"), report);
    }

    @Test
    void withoutADisplayTheStartUpIsSaidNotMeasured(@TempDir Path dir) throws IOException {
        Path app = script(dir, "app.sh", "exit 0\n");
        String report = run(new TargetBenchmark.Commands(List.of("sh", app.toString()), List.of("false")), false);
        assertTrue(report.contains("not measured: no display"), report);
        assertTrue(report.matches("(?s).*export of one pack \\(LV\\) +[0-9.]+ ms \\([^)]*\\)   target ≤ 0\\.6 s: met.*"), report);
    }

    @Test
    void theMinimalWindowPrintsTheMarkTheBenchmarkWaitsFor() {
        assertEquals(MinimalWindow.PAINTED, TargetBenchmark.MINIMAL_PAINTED);
    }

    private static String run(TargetBenchmark.Commands commands, boolean display) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new TargetBenchmark(new PrintStream(bytes, true, StandardCharsets.UTF_8), commands).run(1, 1, "LV", display);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Path script(Path dir, String name, String body) throws IOException {
        return Files.writeString(dir.resolve(name), body);
    }
}
