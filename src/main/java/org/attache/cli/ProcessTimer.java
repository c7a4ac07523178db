package org.attache.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a whole process and times it from outside, as a user waits for it: from its start to the first line of its
 * output that contains each of the marks asked for (a window painted, a dataset shown), and to its exit; and its peak
 * resident memory, read from Linux's {@code /proc} while it runs (elsewhere unknown).
 */
final class ProcessTimer {
    /** One timed run: nanoseconds to each mark, in the order asked; {@code peakBytes} is -1 where unknown. */
    record Run(List<Long> nanosToMarks, long nanosToExit, long peakBytes, int exitCode) {
    }

    private final Duration timeout;

    ProcessTimer(Duration timeout) {
        this.timeout = timeout;
    }

    /** Runs {@code command} with {@code env} added to this process's environment, until it exits. */
    Run run(List<String> command, Map<String, String> env, List<String> marks) throws IOException {
        Path errors = Files.createTempFile("attache-bench", ".err");
        try {
            return run(command, env, marks, errors);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private Run run(List<String> command, Map<String, String> env, List<String> marks, Path errors) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
        // the packaged app's launcher marks its process so; a launcher started from it would take itself for a child
        builder.environment().keySet().removeIf(name -> name.startsWith("_JPACKAGE"));
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        long[] marked = new long[marks.size()];
        java.util.Arrays.fill(marked, -1);
        Thread reader = new Thread(() -> read(process, marks, marked, start), "bench-output");
        reader.setDaemon(true);
        reader.start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = -1;
        long deadline = start + timeout.toNanos();
        try {
            do {
                peak = Math.max(peak, highWaterMark(status));
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IOException(String.join(" ", command) + " did not finish in " + timeout.toSeconds() + " s");
                }
            } while (!process.waitFor(5, TimeUnit.MILLISECONDS));
            long exited = System.nanoTime() - start;
            reader.join(TimeUnit.SECONDS.toMillis(5));
            for (int i = 0; i < marks.size(); i++) {
                if (marked[i] < 0) {
                    throw new IOException(String.join(" ", command) + " exited (" + process.exitValue()
                            + ") without printing \"" + marks.get(i) + "\"" + lastLines(errors));
                }
            }
            return new Run(java.util.Arrays.stream(marked).boxed().toList(), exited, peak, process.exitValue());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Reads the output to its end, noting in {@code marked} how long after {@code start} each mark first came. */
    private static void read(Process process, List<String> marks, long[] marked, long start) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                long now = System.nanoTime() - start;
                for (int i = 0; i < marks.size(); i++) {
                    if (marked[i] < 0 && line.contains(marks.get(i))) marked[i] = now;
                }
            }
        } catch (IOException e) {
            // the process ended; what was read is what there was
        }
    }

    /** The end of what the process wrote on its error stream, to say why it failed. */
    private static String lastLines(Path errors) throws IOException {
        List<String> lines = Files.readAllLines(errors, StandardCharsets.UTF_8);
        return lines.isEmpty() ? "" : "; it said:\n  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }

    /** The process's peak resident set (VmHWM) so far, or -1 when it has ended or the system has no /proc. */
    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.ISO_8859_1)) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        } catch (IOException | RuntimeException e) {
            // ended between two looks, or not Linux
        }
        return -1;
    }
}
