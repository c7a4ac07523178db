package org.attache.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.core.data.DatasetLoad;
import org.attache.core.data.Problem;
import org.attache.core.edit.DiffGrouping;
import org.attache.core.edit.DiffReport;
import org.attache.core.export.DatasetFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diff OLD NEW}: the records that differ between two versions of a dataset, by country or by assembly. */
@Command(name = "diff", customSynopsis = "attache diff [-h] [--by country|assembly] [--country CODE] [--json] OLD NEW",
        description = {"List the records that differ between two versions of a dataset, matched by id: added (+), "
                + "changed (~, each field before \u2192 after) and removed (-).",
                "Grouped by the country each record concerns (records about no country under General) or by the "
                        + "General Assembly it belongs to (under No assembly when none).",
                "The list goes to standard output and ends with a count such as \"3 added, 2 changed, 1 removed\"; "
                        + "the problems of a file that is not a valid dataset go to standard error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared (whether or not the versions differ)", "1:OLD or NEW is not a valid dataset",
                "2:a mistake in the command"})
final class DiffCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Option(names = "--by", paramLabel = "country|assembly", completionCandidates = Groupings.class,
            description = "Group by the country each record concerns (the default) or by its General Assembly.")
    String by = "country";

    @Option(names = "--country", paramLabel = "CODE",
            description = "Only the records that concern this country, such as LV (an organisation's actions concern "
                    + "its members).")
    String country;

    @Option(names = "--json", description = "Print one JSON object instead, for scripts: {\"old\", \"new\", \"by\", "
            + "\"country\", \"added\", \"changed\", \"removed\", \"groups\": [{\"key\", \"name\", \"records\": "
            + "[{\"status\", \"kind\", \"id\", \"description\", \"countries\", \"assemblies\", \"fields\": "
            + "[{\"field\", \"before\", \"after\"}]}]}]}; a group's key is a country code or an assembly id, null "
            + "for General or No assembly.")
    boolean json;

    @Parameters(paramLabel = "OLD NEW", hidden = true, arity = "0..*", description = "the older and the newer version")
    List<Path> files = List.of();

    private final PrintStream out;
    private final PrintStream err;

    DiffCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws UsageException {
        if (files.size() != 2) throw new UsageException("diff takes the old file and the new file");
        DiffGrouping grouping = grouping();
        String code = null;
        if (country != null) {
            if (country.isBlank()) throw new UsageException("--country is empty; give a code such as LV");
            code = country.strip().toUpperCase(Locale.ROOT);
        }
        DatasetLoad older = DatasetFile.reader().read(files.get(0));
        DatasetLoad newer = DatasetFile.reader().read(files.get(1));
        // both files are checked, so that a run names every problem at once
        boolean valid = valid(older) & valid(newer);
        if (!valid) return Cli.FAILED;
        DiffReport report = DiffReport.between(older.dataset(), newer.dataset());
        if (code != null) {
            if (!report.hasCountry(code)) throw new UsageException("neither version has a country " + code);
            report = report.concerning(code);
        }
        out.print(json ? DiffJson.of(older.file(), newer.file(), grouping, code, report) + System.lineSeparator()
                : DiffText.of(report, grouping));
        return Cli.OK;
    }

    private DiffGrouping grouping() throws UsageException {
        return switch (by.strip().toLowerCase(Locale.ROOT)) {
            case "country" -> DiffGrouping.COUNTRY;
            case "assembly" -> DiffGrouping.ASSEMBLY;
            default -> throw new UsageException("--by takes country or assembly, not \"" + by + "\"");
        };
    }

    /** A file that is not a valid dataset is named with its errors, each in its place, as validate gives them. */
    private boolean valid(DatasetLoad load) {
        if (load.isValid()) return true;
        err.println("attache diff: " + load.file() + (load.isReadable() ? " has " + load.problemCounts() : " cannot be read")
                + "; it cannot be compared:");
        for (Problem p : load.problems()) if (p.isError()) err.println("  " + p);
        return false;
    }

    /** What {@code --by} offers to completion. */
    static final class Groupings implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("country", "assembly").iterator();
        }
    }
}
