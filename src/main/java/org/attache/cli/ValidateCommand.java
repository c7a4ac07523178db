package org.attache.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.core.analysis.TranslationCoverage;
import org.attache.core.data.BundledDataset;
import org.attache.core.data.DatasetLoad;
import org.attache.core.data.Problem;
import org.attache.core.export.DatasetFile;
import org.attache.core.model.Translations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate [--json] [FILE]}: checks a dataset; the summary on standard output, each problem on standard error. */
@Command(name = "validate", customSynopsis = "attache validate [-h] [--json] [FILE]", description = {"Check a dataset, by default the bundled one.",
        "Records of each type and translations given go to standard output, each problem with its place "
                + "(file:line:column at $.json.path: error: message) to standard error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:valid (warnings allowed)", "1:errors, or the file cannot be read", "2:a mistake in the command"})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Option(names = "--json", description = "Print one JSON object instead, for scripts: {\"file\", \"valid\", \"errors\", "
            + "\"warnings\", \"problems\": [{\"severity\", \"message\", \"line\", \"column\", \"path\"}]}; "
            + "null for a place not known.")
    boolean json;

    @Parameters(arity = "0..*", paramLabel = "FILE", hidden = true)
    List<Path> files = List.of();

    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws UsageException {
        if (files.size() > 1) throw new UsageException("validate takes at most one file");
        DatasetLoad load = files.isEmpty() ? BundledDataset.load() : DatasetFile.reader().read(files.get(0));
        if (json) {
            out.println(ValidationJson.of(load));
        } else {
            printSummary(load);
            for (Problem p : load.problems()) err.println(p);
        }
        return load.isValid() ? Cli.OK : Cli.FAILED;
    }

    private void printSummary(DatasetLoad load) {
        out.println("Dataset: " + load.file());
        if (load.isReadable()) {
            out.println("Title:   " + load.dataset().title()
                    + (load.dataset().updated() == null ? "" : " (updated " + load.dataset().updated() + ")"));
            out.println("Records:");
            for (Map.Entry<String, Integer> e : load.dataset().recordCounts().entrySet()) {
                out.printf("  %-14s %6d%n", e.getKey(), e.getValue());
            }
            out.println("Traditional Chinese (zh-Hant), texts given:");
            for (TranslationCoverage.Line line : TranslationCoverage.of(load.dataset(), Translations.TRADITIONAL_CHINESE)) {
                out.printf("  %-26s %5d of %5d%s%n", line.list() + "." + line.field(), line.translated(), line.total(),
                        line.complete() ? "" : "  (" + (line.total() - line.translated()) + " shown in English)");
            }
        }
        out.println("Problems: " + load.problemCounts());
        out.println(load.isValid() ? "Result:  valid" : load.isReadable() ? "Result:  invalid" : "Result:  unreadable");
    }
}
