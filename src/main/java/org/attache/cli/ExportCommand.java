package org.attache.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.core.analysis.PackUniverse;
import org.attache.core.export.BatchExporter;
import org.attache.core.export.BatchItem;
import org.attache.core.export.BatchSummary;
import org.attache.core.export.CountrySelection;
import org.attache.core.export.DatasetFile;
import org.attache.core.export.EarlierDataset;
import org.attache.core.export.ExportOptions;
import org.attache.core.export.PackExporter;
import org.attache.core.export.UnprintablePackText;
import org.attache.core.io.AtomicFile;
import org.attache.core.pack.DatasetChanges;
import org.attache.core.pack.Output;
import org.attache.core.pack.Pack;
import org.attache.core.pack.PackFile;
import org.attache.core.pack.PackLoad;
import org.attache.core.pack.Recipient;
import org.attache.core.pack.Template;
import org.attache.core.sign.TrustedKeys;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export --country LV ... --out FILE.pdf}: one briefing pack to PDF; {@code --recipients NAMES.txt --out DIR}:
 * a stamped copy of it per name; {@code export --all | --region R | --allies | --countries LV,LT,EE ... --out DIR}:
 * one pack per country into a folder.
 */
@Command(name = "export", sortOptions = false,
        customSynopsis = {"attache export --country CODE | --pack FILE [OPTIONS] --out FILE.pdf",
                "       attache export --country CODE --recipients FILE [OPTIONS] --out FOLDER",
                "       attache export --country CODE --new-since OLD.json|EARLIER.attache.json|last-assembly [OPTIONS] --out FILE.pdf",
                "       attache export --all | --region REGION | --allies | --countries LV,LT,EE",
                "                      [OPTIONS] --out FOLDER"},
        description = {"Write a briefing pack as PDF, a stamped copy of it per recipient, or a pack per country.",
                "\"Wrote ...\" lines and a batch's progress go to standard output; warnings, notes and failures to "
                        + "standard error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the dataset or pack has errors, a file cannot be written, or a country of a "
                + "batch failed", "2:a mistake in the command"})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--country", paramLabel = "CODE", description = "the country the pack is for, such as LV")
    String country;

    @Option(names = "--pack", paramLabel = "FILE.attache.json", description = "a pack saved by the app; the options "
            + "below override what it says")
    String packFile;

    @Option(names = "--dataset", paramLabel = "FILE", description = "the dataset (default: the bundled one)")
    String datasetFile;

    @Option(names = "--out", paramLabel = "FILE.pdf|FOLDER", description = "the PDF to write; the folder for "
            + "--recipients and batches")
    String out;

    /** Refused with the reason, rather than reported as unknown. */
    @Option(names = "--password", hidden = true, arity = "0..1", fallbackValue = "")
    String password;

    @Mixin
    HelpOption help;

    // picocli keeps these instances when none of a group's options is given
    @ArgGroup(validate = false, heading = "%nThe brief:%n", order = 1)
    BriefOptions brief = new BriefOptions();

    @ArgGroup(validate = false, heading = "%nHanding out:%n", order = 2)
    HandOutOptions handOut = new HandOutOptions();

    @ArgGroup(validate = false, heading = "%nBatches, one pack per country into the --out folder:%n", order = 3)
    BatchOptions batch = new BatchOptions();

    private final PrintStream stdout;
    private final PrintStream err;
    private final Map<String, String> env;
    private final PasswordPrompt prompt;
    private final TrustedKeys trusted;

    ExportCommand(PrintStream stdout, PrintStream err, Map<String, String> env, PasswordPrompt prompt, TrustedKeys trusted) {
        this.stdout = stdout;
        this.err = err;
        this.env = env;
        this.prompt = prompt;
        this.trusted = trusted;
    }

    @Override
    public Integer call() throws UsageException {
        if (password != null) {
            throw new UsageException("a password is never given on the command line, where others can see it: use "
                    + "--password-file FILE or --password-prompt");
        }
        if (country != null && country.isBlank()) throw new UsageException("--country is empty; give a code such as LV");
        String code = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
        brief.check();
        handOut.check();
        CountrySelection selection = batch.selection();

        if (out == null) {
            throw new UsageException("export needs --out " + (selection != null || handOut.recipients != null ? "FOLDER" : "FILE.pdf"));
        }
        if (selection == null && code == null && packFile == null) {
            throw new UsageException("export needs --country CODE, --pack FILE, or a batch selection (--all, --region, --allies, --countries)");
        }
        if (selection != null && code != null) throw new UsageException("--country cannot be combined with a batch selection");
        if (selection == null && batch.skipExisting) throw new UsageException("--skip-existing is for batches");
        if (handOut.recipients != null && selection != null) {
            throw new UsageException("--recipients makes copies of one country's pack; it cannot be combined with a batch selection");
        }
        handOut.checkCombination();
        checkOut(selection != null, handOut.recipients != null);

        ZonedDateTime created = brief.created(env);
        ExportOptions options = handOut.exportOptions(prompt);
        List<Recipient> recipients = handOut.recipients();

        DatasetFile data = datasetFile == null ? DatasetFile.bundled() : DatasetFile.open(Path.of(datasetFile), trusted);
        if (!data.load().isValid()) {
            err.println("The dataset " + data.load().file() + " has " + data.load().problemCounts()
                    + "; fix it before exporting:");
            data.load().problems().forEach(p -> err.println("  " + p));
            return Cli.FAILED;
        }
        if (data.signature().warns()) err.println("warning: " + SignatureLine.of(data.signature()));
        Output output = brief.output();
        Pack pack = pack(code, selection, data);
        if (pack == null) return Cli.FAILED;
        Path earlierFile = EarlierDataset.of(pack);
        if (earlierFile != null) {
            if (brief.newSince == null && packFile != null && !earlierFile.isAbsolute()
                    && Path.of(packFile).toAbsolutePath().getParent() != null) {
                earlierFile = Path.of(packFile).toAbsolutePath().getParent().resolve(earlierFile); // as the pack names it
            }
            EarlierDataset.Opened earlier = EarlierDataset.open(earlierFile, trusted);
            if (!earlier.usable()) {
                earlier.problems().forEach(err::println);
                return Cli.FAILED;
            }
            options = options.withEarlier(earlier.earlier());
        }
        String packName = packFile == null ? "the pack" : packFile;
        for (String warning : UnprintablePackText.of(pack)) err.println(packName + ": warning: " + warning);
        if (selection != null) {
            return exportBatch(selection, pack, data, created, Path.of(out), batch.skipExisting, output, options);
        }
        var subject = data.dataset().country(pack.country())
                .orElseThrow(() -> new UsageException("the dataset has no country with code \"" + pack.country() + "\""));
        var refusal = PackUniverse.refusal(subject);
        if (refusal.isPresent()) throw new UsageException("no briefing pack is made for " + subject.name() + ": " + refusal.get());
        if (!recipients.isEmpty()) {
            Path folder = Path.of(out);
            for (Recipient r : recipients) {
                Path target = BatchExporter.inside(folder,
                        BatchExporter.copyFileName(subject, pack, created.toLocalDate(), output, r.copy()));
                int result = write(data, pack, created, output, options.withRecipient(r), target);
                if (result != Cli.OK) return result;
            }
            return Cli.OK;
        }
        return write(data, pack, created, output, options, Path.of(out));
    }

    /** --out names a PDF for one pack, a folder for copies and batches, and never one of the export's inputs. */
    private void checkOut(boolean batch, boolean copies) throws UsageException {
        boolean toFolder = batch || copies;
        if (!toFolder && Files.isDirectory(Path.of(out))) {
            throw new UsageException("--out " + out + " is a folder; name the PDF file to write");
        }
        if (!toFolder && (out.endsWith("/") || out.endsWith(File.separator))) {
            throw new UsageException("--out " + out + " names a folder; name the PDF file to write, such as " + out
                    + "LV.pdf");
        }
        if (toFolder && Files.isRegularFile(Path.of(out))) {
            throw new UsageException("--out " + out + " is a file; " + (batch ? "a batch" : "--recipients")
                    + " writes into a folder");
        }
        String earlier = brief.newSince == null || BriefOptions.LAST_ASSEMBLY.equals(brief.newSince) ? null : brief.newSince;
        for (String input : new String[] {datasetFile, packFile, earlier}) {
            if (input != null && sameFile(Path.of(input), Path.of(out))) {
                throw new UsageException("--out " + out + " is an input of this export; writing the PDF there would "
                        + "replace it: name another file");
            }
        }
    }

    private int write(DatasetFile dataset, Pack pack, ZonedDateTime created, Output output, ExportOptions options,
                      Path target) {
        long start = System.nanoTime();
        try {
            byte[] pdf = new PackExporter().render(dataset, pack, created, output, options);
            if (target.getParent() != null) Files.createDirectories(target.getParent());
            AtomicFile.removeLeftovers(target);
            AtomicFile.write(target, pdf);
            stdout.printf(Locale.ROOT, "Wrote %s (%,d KB) in %d ms%n", target, (pdf.length + 1023) / 1024,
                    (System.nanoTime() - start) / 1_000_000);
            return Cli.OK;
        } catch (IOException e) {
            err.println("Could not write " + target + ": " + e.getMessage());
            return Cli.FAILED;
        }
    }

    private int exportBatch(CountrySelection selection, Pack pattern, DatasetFile dataset, ZonedDateTime created,
                            Path folder, boolean skipExisting, Output output, ExportOptions options) throws UsageException {
        List<String> unknown = selection.unknownCodes(dataset.dataset());
        if (!unknown.isEmpty()) throw new UsageException("the dataset has no country " + String.join(", ", unknown));
        BatchExporter exporter = new BatchExporter();
        BatchProgressPrinter progress = new BatchProgressPrinter(stdout, System.console() != null);
        stdout.println("Exporting " + selection.describe() + " (" + selection.countries(dataset.dataset()).size()
                + " countries) to " + folder);
        try {
            BatchSummary summary = exporter.run(new BatchExporter.Request(dataset, selection, pattern, folder, skipExisting,
                    created, output, options), progress);
            progress.end();
            for (BatchItem failed : summary.with(BatchItem.Status.FAILED)) {
                err.println("failed: " + failed.country().code() + " " + failed.country().name() + ": " + failed.reason());
            }
            stdout.println(summary.describe());
            return summary.allSucceeded() ? Cli.OK : Cli.FAILED;
        } catch (IOException e) {
            progress.end();
            err.println("Could not write into " + folder + ": " + e.getMessage());
            return Cli.FAILED;
        }
    }

    /** The pack from --pack, or a new one from --country and --template; the options override the file. */
    private Pack pack(String code, CountrySelection selection, DatasetFile data) throws UsageException {
        Pack result;
        if (packFile != null) {
            PackLoad load = PackFile.read(Path.of(packFile));
            load.problems().forEach(p -> err.println(p));
            if (!load.isUsable()) {
                err.println("The pack " + packFile + " cannot be used.");
                return null;
            }
            result = load.pack();
            for (String change : DatasetChanges.between(result.dataset(), data.name(), data.sha256(),
                    data.dataset(), result.country())) {
                err.println("note: " + change);
            }
            if (code != null) result = result.withCountry(code);
            Template template = brief.template();
            if (template != null) result = result.withTemplate(template);
        } else {
            Template template = brief.template();
            result = Pack.of(code != null ? code : firstSelected(selection, data),
                    template == null ? Template.MINISTERIAL : template);
        }
        return handOut.applyTo(brief.applyTo(result));
    }

    /** A batch's pattern starts as the pack of its first country; the batch then sets each country in turn. */
    private static String firstSelected(CountrySelection selection, DatasetFile dataset) throws UsageException {
        return selection.countries(dataset.dataset()).stream().findFirst().map(c -> c.code())
                .orElseThrow(() -> new UsageException("no country of the dataset is in " + selection.describe()));
    }

    /** Whether two paths name one file, also through a link or another spelling of the path. */
    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) return Files.isSameFile(a, b);
        } catch (IOException e) {
            // fall back to comparing the paths
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
