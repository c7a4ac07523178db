package org.attache.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code bench --targets}: what users wait for, each timed as a whole process from outside: the window's start-up,
 * one export, and a batch of every INTERPOL member; judged against their targets. A minimal JavaFX window, started
 * with the same Java in the same run, is the yardstick: machines vary, and times as multiples of it travel.
 */
final class TargetBenchmark {
    static final double STARTUP_RATIO = 1.10;
    static final double EXPORT_SECONDS = 0.6;
    static final double BATCH_SECONDS = 3.0;
    static final long BATCH_MEGABYTES = 400;
    static final String PAINTED = "startup: window painted";
    static final String SHOWN = "startup: dataset shown";
    /** What the minimal window prints once painted (MinimalWindow.PAINTED, which this layer does not see). */
    static final String MINIMAL_PAINTED = "painted";

    /** How this run starts the app and the yardstick: the installed launcher when there is one, else this Java. */
    record Commands(List<String> app, List<String> minimalWindow) {
        static Commands ofThisProcess() {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String classPath = System.getProperty("java.class.path");
            String launcher = System.getProperty("jpackage.app-path");
            List<String> app = new ArrayList<>();
            if (launcher != null) {
                app.add(launcher);
            } else {
                app.add(java);
                app.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
                app.addAll(List.of("-cp", classPath, "org.attache.Launcher"));
            }
            return new Commands(List.copyOf(app), List.of(java, "-cp", classPath, "org.attache.app.MinimalWindow"));
        }

        /** The same yardstick beside another launcher of the app (another version, to compare). */
        Commands withApp(List<String> launcher) {
            return new Commands(List.copyOf(launcher), minimalWindow);
        }
    }

    private final PrintStream out;
    private final Commands commands;
    private final ProcessTimer timer = new ProcessTimer(Duration.ofMinutes(5));

    TargetBenchmark(PrintStream out, Commands commands) {
        this.out = out;
        this.commands = commands;
    }

    /** Runs everything {@code runs} times (the batch {@code batchRuns} times), after one run of each not counted. */
    void run(int runs, int batchRuns, String country, boolean display) throws IOException {
        out.println("Attaché targets: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", whole processes timed from outside, medians (min\u2013max)");
        out.println("app: " + String.join(" ", commands.app()));
        out.flush();
        Path work = Files.createTempDirectory("attache-targets");
        try {
            double window = display ? startUp(runs, work) : Double.NaN;
            if (!display) out.println("start-up             not measured: no display to show a window on");
            export(runs, country, work, window);
            batch(batchRuns, work, window);
        } finally {
            deleteAll(work);
        }
    }

    /** The minimal window and the app, in turn; the minimal window's median, in nanoseconds. */
    private double startUp(int runs, Path work) throws IOException {
        Map<String, String> quiet = Map.of("JAVA_TOOL_OPTIONS", "-Dattache.startupReport=true -Dattache.exitAfterStartup=true "
                + "-Dattache.settings=memory -Dattache.recoveryDir=" + work.resolve("recovery"));
        List<Long> minimal = new ArrayList<>();
        List<Long> painted = new ArrayList<>();
        List<Long> shown = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            ProcessTimer.Run bare = timer.run(commands.minimalWindow(), Map.of(), List.of(MINIMAL_PAINTED));
            ProcessTimer.Run app = timer.run(commands.app(), quiet, List.of(PAINTED, SHOWN));
            if (i == 0) continue;  // the first of each reads its files from disk; the user's second start does not
            minimal.add(bare.nanosToMarks().get(0));
            painted.add(app.nanosToMarks().get(0));
            shown.add(app.nanosToMarks().get(1));
        }
        double yardstick = Timings.median(minimal);
        out.printf(Locale.ROOT, "minimal JavaFX window, painted   %s%n", Timings.stats(minimal));
        double ratio = Timings.median(painted) / yardstick;
        out.printf(Locale.ROOT, "Attaché window, painted          %s   %.2f\u00d7 the minimal window; target \u2264 %.2f\u00d7: %s%n",
                Timings.stats(painted), ratio, STARTUP_RATIO, verdict(ratio <= STARTUP_RATIO));
        out.printf(Locale.ROOT, "Attaché window, dataset shown    %s   %.2f\u00d7 the minimal window%n",
                Timings.stats(shown), Timings.median(shown) / yardstick);
        return yardstick;
    }

    private void export(int runs, String country, Path work, double window) throws IOException {
        List<String> command = with(commands.app(), "export", "--country", country, "--out", work.resolve("one.pdf").toString());
        List<Long> walls = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            ProcessTimer.Run run = succeeded(command, timer.run(command, Map.of(), List.of()));
            if (i > 0) walls.add(run.nanosToExit());
        }
        long median = Timings.median(walls);
        out.printf(Locale.ROOT, "export of one pack (%s)          %s   %starget \u2264 %.1f s: %s%n", country, Timings.stats(walls),
                multiple(median, window, "; "), EXPORT_SECONDS, verdict(median <= EXPORT_SECONDS * 1e9));
    }

    private void batch(int runs, Path work, double window) throws IOException {
        Path folder = work.resolve("batch");
        List<String> command = with(commands.app(), "export", "--all", "--out", folder + "/");
        List<Long> walls = new ArrayList<>();
        long peak = -1;
        for (int i = 0; i <= runs; i++) {
            ProcessTimer.Run run = succeeded(command, timer.run(command, Map.of(), List.of()));
            if (i > 0) {
                walls.add(run.nanosToExit());
                peak = Math.max(peak, run.peakBytes());
            }
            deleteAll(folder);
        }
        long median = Timings.median(walls);
        long megabytes = peak < 0 ? -1 : peak / (1024 * 1024);
        boolean met = median <= BATCH_SECONDS * 1e9 && megabytes <= BATCH_MEGABYTES;
        out.printf(Locale.ROOT, "batch of every member (--all)    %s   %speak %s; target \u2264 %.0f s and \u2264 %d MB: %s%n",
                Timings.stats(walls), multiple(median, window, ", "), megabytes < 0 ? "not known here" : megabytes + " MB",
                BATCH_SECONDS, BATCH_MEGABYTES, verdict(met) + (megabytes < 0 ? " (time only)" : ""));
    }

    private static ProcessTimer.Run succeeded(List<String> command, ProcessTimer.Run run) throws IOException {
        if (run.exitCode() != 0) throw new IOException(String.join(" ", command) + " exited with " + run.exitCode());
        return run;
    }

    /** "1.52× the minimal window" and the separator, or nothing when the window was not measured. */
    private static String multiple(long nanos, double window, String separator) {
        return Double.isNaN(window) ? "" : String.format(Locale.ROOT, "%.2f\u00d7 the minimal window", nanos / window) + separator;
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    private static List<String> with(List<String> command, String... args) {
        return Stream.concat(command.stream(), Stream.of(args)).toList();
    }

    private static void deleteAll(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }
}
