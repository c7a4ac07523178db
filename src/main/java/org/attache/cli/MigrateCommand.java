package org.attache.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.core.data.DatasetMigration;
import org.attache.core.io.AtomicFile;
import org.attache.core.model.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code migrate OLD NEW}: writes a version-1 dataset as version 2, to a new file; the old one is left as it was. */
@Command(name = "migrate", customSynopsis = "attache migrate [-h] OLD NEW", description = {"Write a version-1 dataset as version 2, to a new file.",
        "OLD, the version-1 dataset, is kept as it was; NEW is written.",
        "Fields set by default are listed on standard error: check each."})
final class MigrateCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "OLD NEW", hidden = true, arity = "0..*", description = "the version-1 dataset, and the file to write")
    List<Path> files = List.of();

    private final PrintStream out;
    private final PrintStream err;

    MigrateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws UsageException {
        if (files.size() != 2) throw new UsageException("migrate takes the old file and the new file");
        Path from = files.get(0);
        Path to = files.get(1);
        if (to.toAbsolutePath().normalize().equals(from.toAbsolutePath().normalize())) {
            throw new UsageException("migrate writes a new file; give a name other than " + from);
        }
        try {
            var result = DatasetMigration.toCurrent(Files.readString(from));
            AtomicFile.write(to, result.json().getBytes(StandardCharsets.UTF_8));
            out.println("Wrote " + to + " (schemaVersion " + Dataset.SCHEMA_VERSION + ")");
            result.defaulted().forEach((field, n) -> err.printf("  %-20s set by default on %d records: check each%n",
                    "\"" + field + "\"", n));
            return Cli.OK;
        } catch (DatasetMigration.NotMigratable e) {
            return cannot(from, e.getMessage());
        } catch (MalformedInputException e) {
            return cannot(from, "it is not UTF-8 text");
        } catch (IOException e) {
            return cannot(from, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private int cannot(Path from, String why) {
        err.println("attache: cannot migrate " + from + ": " + why);
        return Cli.FAILED;
    }
}
