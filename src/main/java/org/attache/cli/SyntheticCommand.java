package org.attache.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code synthetic ... --out FILE.json}: an invented dataset of a chosen size, for benchmarks. */
@Command(name = "synthetic", sortOptions = false, sortSynopsis = false, description = "Write an invented dataset for benchmarks (never real data).")
final class SyntheticCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Option(names = "--countries", paramLabel = "N", description = "countries (default: ${DEFAULT-VALUE})", defaultValue = "200")
    String countries;

    @Option(names = "--assemblies", paramLabel = "N", description = "General Assemblies (default: ${DEFAULT-VALUE})",
            defaultValue = "10")
    String assemblies;

    @Option(names = "--actions", paramLabel = "N", description = "actions at each General Assembly (default: ${DEFAULT-VALUE})",
            defaultValue = "50")
    String actions;

    @Option(names = "--out", paramLabel = "FILE.json", description = "the file to write")
    String out;

    private final PrintStream stdout;
    private final PrintStream err;

    SyntheticCommand(PrintStream stdout, PrintStream err) {
        this.stdout = stdout;
        this.err = err;
    }

    @Override
    public Integer call() throws UsageException {
        int[] sizes = {wholeNumber("--countries", countries), wholeNumber("--assemblies", assemblies),
                wholeNumber("--actions", actions)};
        if (out == null) throw new UsageException("synthetic needs --out FILE.json");
        Path file;
        SyntheticDataset dataset;
        try {
            file = Path.of(out);
            dataset = new SyntheticDataset(sizes[0], sizes[1], sizes[2]);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        try {
            dataset.write(file);
            stdout.printf(Locale.ROOT, "Wrote %s (%,d bytes): %d countries x %d assemblies x %d actions, all synthetic%n",
                    file, Files.size(file), sizes[0], sizes[1], sizes[2]);
            return Cli.OK;
        } catch (IOException e) {
            err.println("attache: could not write " + out + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return Cli.FAILED;
        }
    }

    private static int wholeNumber(String option, String value) throws UsageException {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " is \"" + value + "\"; expected a whole number");
        }
    }
}
