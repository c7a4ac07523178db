package org.attache.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.core.Version;
import org.attache.core.data.BundledDataset;
import org.attache.core.data.DatasetLoad;
import org.attache.core.data.DatasetMigration;
import org.attache.core.analysis.TranslationCoverage;
import org.attache.core.export.DatasetFile;
import org.attache.core.model.Translations;
import org.attache.core.data.Problem;
import org.attache.core.io.AtomicFile;
import org.attache.core.model.Dataset;

/** The command line: headless commands over the same core the desktop app uses. */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final Set<String> COMMANDS = Set.of("validate", "migrate", "export", "bench", "synthetic", "help", "--help", "-h", "version", "--version");

    private final PrintStream out;
    private final PrintStream err;

    private final Map<String, String> env;

    public Cli(PrintStream out, PrintStream err) {
        this(out, err, System.getenv());
    }

    /** A command line that reads {@code env} as its environment (for SOURCE_DATE_EPOCH). */
    public Cli(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = Map.copyOf(env);
    }

    /** Whether {@code word} names a command, so the launcher knows to run the command line, not the app. */
    public static boolean isCommand(String word) {
        return COMMANDS.contains(word);
    }

    /** Runs a command; running out of memory is a message with what to do, never a stack trace. */
    public int run(String... args) {
        try {
            return command(args);
        } catch (OutOfMemoryError e) {
            err.println("attache: the work needs more memory than the " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB this run may use (is the dataset very large?); run it again with more memory, as in "
                    + "java -Xmx2g -jar attache.jar " + String.join(" ", args));
            return FAILED;
        }
    }

    private int command(String... args) {
        if (args.length == 0) return usage("no command given");
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "validate" -> validate(rest);
            case "migrate" -> migrate(rest);
            case "export" -> export(rest);
            case "bench" -> bench(rest);
            case "synthetic" -> synthetic(rest);
            case "help", "--help", "-h" -> {
                printUsage(out);
                yield OK;
            }
            case "version", "--version" -> {
                out.println("Attaché " + Version.current());
                yield OK;
            }
            default -> usage("unknown command \"" + args[0] + "\"");
        };
    }

    private int validate(String[] args) {
        if (args.length > 1) return usage("validate takes at most one file");
        if (args.length == 1 && args[0].startsWith("-")) return usage("unknown option \"" + args[0] + "\"");
        DatasetLoad load = args.length == 0 ? BundledDataset.load() : DatasetFile.reader().read(Path.of(args[0]));
        printSummary(load);
        for (Problem p : load.problems()) out.println(p);
        return load.isValid() ? OK : FAILED;
    }

    /** Writes a version-1 dataset as version 2, to a new file; the old one is left as it was. */
    private int migrate(String[] args) {
        if (args.length != 2 || args[0].startsWith("-") || args[1].startsWith("-")) {
            return usage("migrate takes the old file and the new file");
        }
        Path from = Path.of(args[0]);
        Path to = Path.of(args[1]);
        if (to.toAbsolutePath().normalize().equals(from.toAbsolutePath().normalize())) {
            return usage("migrate writes a new file; give a name other than " + from);
        }
        try {
            var result = DatasetMigration.toCurrent(Files.readString(from));
            AtomicFile.write(to, result.json().getBytes(StandardCharsets.UTF_8));
            out.println("Wrote " + to + " (schemaVersion " + Dataset.SCHEMA_VERSION + ")");
            result.defaulted().forEach((field, n) -> out.printf("  %-20s set by default on %d records: check each%n",
                    "\"" + field + "\"", n));
            return OK;
        } catch (DatasetMigration.NotMigratable e) {
            err.println("attache: cannot migrate " + from + ": " + e.getMessage());
            return FAILED;
        } catch (MalformedInputException e) {
            err.println("attache: cannot migrate " + from + ": it is not UTF-8 text");
            return FAILED;
        } catch (IOException e) {
            err.println("attache: cannot migrate " + from + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return FAILED;
        }
    }

    private int export(String[] args) {
        try {
            return new ExportCommand(out, err, env, PasswordPrompt.standard(System.in, err)).run(Arrays.asList(args));
        } catch (ExportCommand.UsageException e) {
            return usage(e.getMessage());
        }
    }

    private int bench(String[] args) {
        try {
            return new BenchCommand(out).run(Arrays.asList(args));
        } catch (ExportCommand.UsageException e) {
            return usage(e.getMessage());
        } catch (IOException e) {
            err.println("attache: the benchmark failed: " + e.getMessage());
            return FAILED;
        }
    }

    private int synthetic(String[] args) {
        int[] sizes = {200, 10, 50};
        String out = null;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) return usage(args[i] + " needs a value");
            String value = args[i + 1];
            try {
                switch (args[i]) {
                    case "--countries" -> sizes[0] = Integer.parseInt(value);
                    case "--assemblies" -> sizes[1] = Integer.parseInt(value);
                    case "--actions" -> sizes[2] = Integer.parseInt(value);
                    case "--out" -> out = value;
                    default -> {
                        return usage("unknown option \"" + args[i] + "\"");
                    }
                }
            } catch (NumberFormatException e) {
                return usage(args[i] + " is \"" + value + "\"; expected a whole number");
            }
        }
        if (out == null) return usage("synthetic needs --out FILE.json");
        try {
            Path file = Path.of(out);
            new SyntheticDataset(sizes[0], sizes[1], sizes[2]).write(file);
            this.out.printf(Locale.ROOT, "Wrote %s (%,d bytes): %d countries x %d assemblies x %d actions, all synthetic%n",
                    file, Files.size(file), sizes[0], sizes[1], sizes[2]);
            return OK;
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        } catch (IOException e) {
            err.println("attache: could not write " + out + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return FAILED;
        }
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

    private int usage(String message) {
        err.println("attache: " + message);
        printUsage(err);
        return USAGE;
    }

    private static void printUsage(PrintStream s) {
        s.println("Usage:");
        s.println("  attache                      start the desktop app on the bundled dataset");
        s.println("  attache validate [FILE]      check a dataset (default: the bundled one); exit 0 valid, 1 errors");
        s.println("  attache migrate OLD NEW      write a version-1 dataset as version 2 (the old file is kept)");
        s.println("  attache " + ExportCommand.USAGE);
        s.println("                               write a briefing pack as PDF");
        s.println("  attache " + BenchCommand.USAGE);
        s.println("                               time dataset loading and pack rendering, or (--parse) how reading");
        s.println("                               grows with the size of hostile shapes, up to MAX_MB");
        s.println("  attache synthetic [--countries 200] [--assemblies 10] [--actions 50] --out FILE.json");
        s.println("                               write an invented dataset for benchmarks (never real data)");
        s.println("  attache version              print the version");
    }
}
