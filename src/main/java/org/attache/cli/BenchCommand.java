package org.attache.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.core.data.BundledDataset;
import org.attache.core.data.DatasetLoad;
import org.attache.core.data.DatasetReader;
import org.attache.core.export.BatchExporter;
import org.attache.core.export.BatchListener;
import org.attache.core.export.BatchSummary;
import org.attache.core.export.CountrySelection;
import org.attache.core.export.PackExporter;
import org.attache.core.model.Dataset;
import org.attache.core.pack.Output;
import org.attache.core.pack.Pack;
import org.attache.core.pack.Template;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench [--dataset FILE] [--country CODE] [--runs N]}: times the work users wait for, as medians over
 * repeated runs in one process: loading the dataset, composing and rendering one pack (first run and warm), and
 * a batch of packs for every country, with the heap it needed at its peak.
 */
@Command(name = "bench", customSynopsis = {"attache bench [-h] [--dataset FILE] [--country CODE] [--runs N]",
        "                     [--batch-runs N]",
        "       attache bench --targets [--app LAUNCHER] [--country CODE] [--runs N] [--batch-runs N]",
        "       attache bench --parse MAX_MB"},
        sortOptions = false,
        description = {"Time loading and rendering, or reading hostile input.",
                "Medians of repeated runs in one process: loading the dataset, rendering one pack, a batch of every "
                        + "country; or (--targets) the window's start-up, one export and a batch of every member as "
                        + "whole processes, against their targets; or (--parse) how reading grows with the size of "
                        + "hostile shapes, up to MAX_MB."})
final class BenchCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Option(names = "--dataset", paramLabel = "FILE", description = "the dataset to load (default: the bundled one)")
    String datasetPath;

    @Option(names = "--country", paramLabel = "CODE", description = "the pack to render (default: ${DEFAULT-VALUE})",
            defaultValue = "US")
    String country;

    @Option(names = "--runs", paramLabel = "N", description = "runs of each step (default: 20; with --targets 5)")
    String runs;

    @Option(names = "--batch-runs", paramLabel = "N", description = "runs of the batch (default: ${DEFAULT-VALUE})",
            defaultValue = "3")
    String batchRuns;

    @Option(names = "--parse", paramLabel = "MAX_MB", description = "time reading hostile shapes instead, up to MAX_MB")
    String parse;

    @Option(names = "--targets", description = "time whole processes instead (start-up, one export, a batch) against "
            + "their targets, beside a minimal JavaFX window")
    boolean targets;

    @Option(names = "--app", paramLabel = "LAUNCHER", description = "with --targets, time this launcher instead of this "
            + "app's (another installed version, to compare)")
    String app;

    private final PrintStream out;
    private final PrintStream err;

    BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws UsageException {
        try {
            return measure();
        } catch (java.io.IOException e) {
            err.println("attache: the benchmark failed: " + e.getMessage());
            return Cli.FAILED;
        }
    }

    private int measure() throws UsageException, java.io.IOException {
        if (parse != null) {
            new ParseBenchmark(out).run(count("--parse", parse));
            return Cli.OK;
        }
        int runs = count("--runs", this.runs != null ? this.runs : targets ? "5" : "20");
        int batchRuns = count("--batch-runs", this.batchRuns);
        String country = this.country.toUpperCase(Locale.ROOT);
        if (targets) {
            TargetBenchmark.Commands commands = TargetBenchmark.Commands.ofThisProcess();
            if (app != null) commands = commands.withApp(List.of(app));
            new TargetBenchmark(out, commands)
                    .run(runs, batchRuns, country, Window.canShow(System.getProperty("os.name", ""), System.getenv()));
            return Cli.OK;
        }
        Path file = datasetPath == null ? null : Path.of(datasetPath);
        out.println("Attaché benchmark: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", " + runs + " runs, medians (min\u2013max)");

        List<Long> loads = new ArrayList<>();
        DatasetLoad load = null;
        for (int i = 0; i < runs; i++) {
            load = null;  // measure one dataset in memory at a time, as the app holds it
            long t = System.nanoTime();
            load = file == null ? BundledDataset.load() : new DatasetReader().read(file);
            loads.add(System.nanoTime() - t);
        }
        if (!load.isValid()) {
            err.println("The dataset has " + load.problemCounts() + "; benchmark stopped.");
            return Cli.FAILED;
        }
        long bytes = file == null ? bundledSize() : size(file);
        double loadMs = Timings.median(loads) / 1e6;
        out.printf(Locale.ROOT, "dataset load         %s   %.1f MB, %.0f MB/s%n", Timings.stats(loads), bytes / 1e6,
                bytes / 1e6 / (loadMs / 1000));

        Dataset dataset = load.dataset();
        if (dataset.country(country).isEmpty()) throw new UsageException("no country " + country);
        PackExporter exporter = new PackExporter();
        Pack pack = Pack.of(country, Template.MINISTERIAL);
        ZonedDateTime created = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        List<Long> renders = new ArrayList<>();
        int size = 0;
        for (int i = 0; i <= runs; i++) {
            long t = System.nanoTime();
            size = exporter.render(dataset, pack, "bench", created).length;
            renders.add(System.nanoTime() - t);
        }
        long first = renders.remove(0);
        out.printf(Locale.ROOT, "pack %s, first run   %7.1f ms%n", country, first / 1e6);
        out.printf(Locale.ROOT, "pack %s, warm        %s   %,d KB PDF%n", country, Timings.stats(renders), (size + 1023) / 1024);

        int countries = CountrySelection.all().countries(dataset).size();  // what a batch of "all" makes
        List<Long> batches = new ArrayList<>();
        long peak = 0;
        Path folder = Files.createTempDirectory("attache-bench");
        try {
            for (int i = 0; i < batchRuns; i++) {
                resetPeaks();
                long t = System.nanoTime();
                BatchSummary summary = new BatchExporter().run(new BatchExporter.Request(dataset, "bench",
                        CountrySelection.all(), pack, folder, false, created, Output.FULL), BatchListener.NONE);
                batches.add(System.nanoTime() - t);
                peak = Math.max(peak, peakHeap());
                if (!summary.allSucceeded()) {
                    err.println("batch: " + summary.describe());
                    return Cli.FAILED;
                }
            }
        } finally {
            deleteAll(folder);
        }
        out.printf(Locale.ROOT, "batch, %d countries %s   %.1f packs/s, %d threads%n", countries, Timings.stats(batches),
                countries / (Timings.median(batches) / 1e9), Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "peak heap in batch   %7.0f MB (max heap %,d MB)%n", peak / 1e6,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return Cli.OK;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap in use at any moment. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    private static void deleteAll(Path folder) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
        }
        Files.deleteIfExists(folder);
    }

    private static int count(String option, String value) throws UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= 10_000) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " is \"" + value + "\"; expected a number from 1 to 10000");
    }

    private static long bundledSize() {
        try (var in = BundledDataset.class.getResourceAsStream(BundledDataset.RESOURCE)) {
            return in.readAllBytes().length;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
