package org.attache.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attache.core.analysis.PackUniverse;
import org.attache.core.data.Printable;
import org.attache.core.export.BatchExporter;
import org.attache.core.export.BatchItem;
import org.attache.core.export.BatchSummary;
import org.attache.core.export.CountrySelection;
import org.attache.core.export.DatasetFile;
import org.attache.core.export.ExportOptions;
import org.attache.core.export.PackExporter;
import org.attache.core.export.UnprintablePackText;
import org.attache.core.io.AtomicFile;
import org.attache.core.pdf.Protection;
import org.attache.core.model.JsonEnum;
import org.attache.core.model.Region;
import org.attache.core.pack.DatasetChanges;
import org.attache.core.pack.DocumentControl;
import org.attache.core.pack.Output;
import org.attache.core.pack.Pack;
import org.attache.core.pack.PackFile;
import org.attache.core.pack.PackLoad;
import org.attache.core.pack.BriefLanguage;
import org.attache.core.pack.Classification;
import org.attache.core.pack.PaperSize;
import org.attache.core.pack.Recipient;
import org.attache.core.pack.Template;

/**
 * {@code export --country LV ... --out FILE.pdf}: one briefing pack to PDF; {@code export --all | --region R |
 * --allies | --countries LV,LT,EE ... --out DIR}: one pack per country into a folder. The creation time printed
 * into the PDF is now, or {@code --created}, or the {@code SOURCE_DATE_EPOCH} environment variable, so builds
 * can be reproduced.
 */
final class ExportCommand {
    static final String USAGE = "export --country CODE [--template ministerial|parliamentary|police] [--dataset FILE]\n"
            + "                 [--pack FILE.attache.json] [--paper a4|letter] [--language en|zh-Hant|zh-Hant+en]\n"
            + "                 [--output full|card|leave-behind]\n"
            + "                 [--prepared-by \"DESK\"] [--numbered] [--created 2026-11-22T09:00:00Z]\n"
            + "                 [--marking RESTRICTED] [--caveat \"DIPLOMATIC STAFF ONLY\"] [--draft]\n"
            + "                 [--recipient \"NAME\" [--copy N]] [--password-file FILE | --password-prompt]\n"
            + "                 [--no-print] [--no-copy] [--no-pdfa] --out FILE.pdf\n"
            + "  attache export --country CODE --recipients NAMES.txt [same options] --out FOLDER\n"
            + "                               one copy per recipient (a name a line), each stamped with its name\n"
            + "  attache export --all | --region REGION | --allies | --countries LV,LT,EE [--skip-existing]\n"
            + "                 [same options as above] --out FOLDER";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    private final PasswordPrompt prompt;

    ExportCommand(PrintStream out, PrintStream err, Map<String, String> env, PasswordPrompt prompt) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.prompt = prompt;
    }

    /** Thrown for a mistake in the command line itself; the CLI prints it with the usage. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    int run(List<String> args) throws UsageException {
        Options o = Options.parse(args);
        if (o.out == null) {
            throw new UsageException("export needs --out " + (o.selection != null || o.recipients != null ? "FOLDER" : "FILE.pdf"));
        }
        if (o.selection == null && o.country == null && o.pack == null) {
            throw new UsageException("export needs --country CODE, --pack FILE, or a batch selection (--all, --region, --allies, --countries)");
        }
        if (o.selection != null && o.country != null) throw new UsageException("--country cannot be combined with a batch selection");
        if (o.selection == null && o.skipExisting) throw new UsageException("--skip-existing is for batches");
        if (o.recipients != null && o.selection != null) {
            throw new UsageException("--recipients makes copies of one country's pack; it cannot be combined with a batch selection");
        }
        if (o.recipients != null && o.recipient != null) throw new UsageException("choose one of --recipient and --recipients");
        if (o.copy != null && o.recipient == null) throw new UsageException("--copy numbers the copy of a --recipient");
        if ((o.noPrint || o.noCopy) && o.passwordFile == null && !o.passwordPrompt) {
            throw new UsageException("--no-print and --no-copy need a password (--password-file or --password-prompt)");
        }
        if (o.passwordFile != null && o.passwordPrompt) throw new UsageException("choose one of --password-file and --password-prompt");
        boolean toFolder = o.selection != null || o.recipients != null;
        if (!toFolder && Files.isDirectory(Path.of(o.out))) {
            throw new UsageException("--out " + o.out + " is a folder; name the PDF file to write");
        }
        if (toFolder && Files.isRegularFile(Path.of(o.out))) {
            throw new UsageException("--out " + o.out + " is a file; " + (o.selection != null ? "a batch" : "--recipients")
                    + " writes into a folder");
        }
        for (String input : new String[] {o.dataset, o.pack}) {
            if (input != null && sameFile(Path.of(input), Path.of(o.out))) {
                throw new UsageException("--out " + o.out + " is an input of this export; writing the PDF there would "
                        + "replace it: name another file");
            }
        }
        ZonedDateTime created = created(o.created);
        ExportOptions options = ExportOptions.STANDARD.withArchival(!o.noPdfA).withProtection(protection(o));
        List<Recipient> recipients = o.recipients == null ? List.of() : recipients(Path.of(o.recipients));
        if (o.recipient != null) options = options.withRecipient(recipient(o.recipient, o.copy == null ? 1 : o.copy));

        DatasetFile dataset = o.dataset == null ? DatasetFile.bundled() : DatasetFile.open(Path.of(o.dataset));
        if (!dataset.load().isValid()) {
            err.println("The dataset " + dataset.load().file() + " has " + dataset.load().problemCounts()
                    + "; fix it before exporting:");
            dataset.load().problems().forEach(p -> err.println("  " + p));
            return Cli.FAILED;
        }
        Output output = output(o);
        Pack pack = pack(o, dataset);
        if (pack == null) return Cli.FAILED;
        String packName = o.pack == null ? "the pack" : o.pack;
        for (String warning : UnprintablePackText.of(pack)) err.println(packName + ": warning: " + warning);
        if (o.selection != null) {
            return batch(o.selection, pack, dataset, created, Path.of(o.out), o.skipExisting, output, options);
        }
        var country = dataset.dataset().country(pack.country())
                .orElseThrow(() -> new UsageException("the dataset has no country with code \"" + pack.country() + "\""));
        var refusal = PackUniverse.refusal(country);
        if (refusal.isPresent()) throw new UsageException("no briefing pack is made for " + country.name() + ": " + refusal.get());
        if (!recipients.isEmpty()) {
            Path folder = Path.of(o.out);
            for (Recipient r : recipients) {
                Path target = BatchExporter.inside(folder,
                        BatchExporter.copyFileName(country, pack, created.toLocalDate(), output, r.copy()));
                int result = write(dataset, pack, created, output, options.withRecipient(r), target);
                if (result != Cli.OK) return result;
            }
            return Cli.OK;
        }
        return write(dataset, pack, created, output, options, Path.of(o.out));
    }

    private int write(DatasetFile dataset, Pack pack, ZonedDateTime created, Output output, ExportOptions options,
                      Path target) {
        long start = System.nanoTime();
        try {
            byte[] pdf = new PackExporter().render(dataset.dataset(), pack, dataset.name(), created, output, options);
            if (target.getParent() != null) Files.createDirectories(target.getParent());
            AtomicFile.removeLeftovers(target);
            AtomicFile.write(target, pdf);
            out.printf(Locale.ROOT, "Wrote %s (%,d KB) in %d ms%n", target, (pdf.length + 1023) / 1024,
                    (System.nanoTime() - start) / 1_000_000);
            return Cli.OK;
        } catch (IOException e) {
            err.println("Could not write " + target + ": " + e.getMessage());
            return Cli.FAILED;
        }
    }

    /** The password from its file (its first line) or typed at a prompt that does not echo it; null for none. */
    private Protection protection(Options o) throws UsageException {
        String password;
        if (o.passwordFile != null) {
            try {
                List<String> lines = Files.readAllLines(Path.of(o.passwordFile), java.nio.charset.StandardCharsets.UTF_8);
                password = lines.isEmpty() ? "" : lines.get(0);
            } catch (IOException e) {
                throw new UsageException("--password-file " + o.passwordFile + " cannot be read: " + e.getMessage());
            }
        } else if (o.passwordPrompt) {
            password = prompt.read("Password for the PDF: ");
            if (password == null) throw new UsageException("--password-prompt: no password was typed");
        } else {
            return null;
        }
        try {
            return new Protection(password, !o.noPrint, !o.noCopy);
        } catch (IllegalArgumentException e) {
            throw new UsageException("the password cannot be used: " + e.getMessage());
        }
    }

    private static Recipient recipient(String name, int copy) throws UsageException {
        try {
            return new Recipient(name, copy);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--recipient: " + e.getMessage());
        }
    }

    /** The recipients' names, a line each (blank lines and lines starting with # left out), numbered 1, 2, 3 … */
    private static List<Recipient> recipients(Path file) throws UsageException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("--recipients " + file + " cannot be read: " + e.getMessage());
        }
        List<Recipient> recipients = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String name = lines.get(i).strip();
            if (name.isEmpty() || name.startsWith("#")) continue;
            try {
                recipients.add(new Recipient(name, recipients.size() + 1));
            } catch (IllegalArgumentException e) {
                throw new UsageException(file + ", line " + (i + 1) + ": " + e.getMessage());
            }
        }
        if (recipients.isEmpty()) throw new UsageException("--recipients " + file + " names nobody");
        return recipients;
    }

    private int batch(CountrySelection selection, Pack pattern, DatasetFile dataset, ZonedDateTime created, Path folder,
                      boolean skipExisting, Output output, ExportOptions options) throws UsageException {
        List<String> unknown = selection.unknownCodes(dataset.dataset());
        if (!unknown.isEmpty()) throw new UsageException("the dataset has no country " + String.join(", ", unknown));
        BatchExporter exporter = new BatchExporter();
        BatchProgressPrinter progress = new BatchProgressPrinter(out, System.console() != null);
        out.println("Exporting " + selection.describe() + " (" + selection.countries(dataset.dataset()).size()
                + " countries) to " + folder);
        try {
            BatchSummary summary = exporter.run(new BatchExporter.Request(dataset.dataset(), dataset.name(), selection,
                    pattern, folder, skipExisting, created, output, options), progress);
            progress.end();
            for (BatchItem failed : summary.with(BatchItem.Status.FAILED)) {
                err.println("failed: " + failed.country().code() + " " + failed.country().name() + ": " + failed.reason());
            }
            out.println(summary.describe());
            return summary.allSucceeded() ? Cli.OK : Cli.FAILED;
        } catch (IOException e) {
            progress.end();
            err.println("Could not write into " + folder + ": " + e.getMessage());
            return Cli.FAILED;
        }
    }

    /** The pack from --pack, or a new one from --country and --template; the options override the file. */
    private Pack pack(Options o, DatasetFile dataset) throws UsageException {
        Pack pack;
        if (o.pack != null) {
            PackLoad load = PackFile.read(Path.of(o.pack));
            load.problems().forEach(p -> err.println(p));
            if (!load.isUsable()) {
                err.println("The pack " + o.pack + " cannot be used.");
                return null;
            }
            pack = load.pack();
            for (String change : DatasetChanges.between(pack.dataset(), dataset.name(), dataset.sha256(),
                    dataset.dataset(), pack.country())) {
                err.println("note: " + change);
            }
            if (o.country != null) pack = pack.withCountry(o.country);
            if (o.template != null) pack = pack.withTemplate(template(o.template));
        } else {
            pack = Pack.of(o.country != null ? o.country : firstSelected(o.selection, dataset),
                    o.template == null ? Template.MINISTERIAL : template(o.template));
        }
        if (o.paper != null) {
            PaperSize paper = JsonEnum.fromJson(PaperSize.class, o.paper.toLowerCase(Locale.ROOT));
            if (paper == null) throw new UsageException("--paper is \"" + o.paper + "\"; expected a4 or letter");
            pack = pack.withPaper(paper);
        }
        if (o.language != null) {
            BriefLanguage language = JsonEnum.fromJson(BriefLanguage.class, o.language);
            if (language == null) throw new UsageException("--language is " + Printable.quote(o.language) + "; expected "
                    + JsonEnum.allowed(BriefLanguage.class));
            pack = pack.withLanguage(language);
        }
        if (o.preparedBy != null) pack = pack.withControl(pack.control().withPreparedBy(o.preparedBy));
        if (o.marking != null) pack = pack.withClassification(o.marking);
        if (o.caveat != null) pack = pack.withControl(pack.control().withCaveat(o.caveat));
        if (o.draft) pack = pack.withControl(pack.control().withDraft(true));
        if (o.numbered) pack = pack.withNumbered(true);
        return pack;
    }

    private static Output output(Options o) throws UsageException {
        if (o.output == null) return Output.FULL;
        Output output = JsonEnum.fromJson(Output.class, o.output.toLowerCase(Locale.ROOT));
        if (output == null) {
            throw new UsageException("--output is \"" + o.output + "\"; expected " + JsonEnum.allowed(Output.class));
        }
        return output;
    }

    /** A batch's pattern starts as the pack of its first country; the batch then sets each country in turn. */
    private static String firstSelected(CountrySelection selection, DatasetFile dataset) throws UsageException {
        return selection.countries(dataset.dataset()).stream().findFirst().map(c -> c.code())
                .orElseThrow(() -> new UsageException("no country of the dataset is in " + selection.describe()));
    }

    private static Template template(String name) throws UsageException {
        Template t = JsonEnum.fromJson(Template.class, name.toLowerCase(Locale.ROOT));
        if (t == null) {
            throw new UsageException("--template is \"" + name + "\"; expected " + JsonEnum.allowed(Template.class));
        }
        return t;
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

    private ZonedDateTime created(String option) throws UsageException {
        if (option != null) {
            try {
                return ZonedDateTime.parse(option);
            } catch (DateTimeParseException e) {
                throw new UsageException("--created is \"" + option + "\"; expected a time like 2026-11-22T09:00:00Z");
            }
        }
        String epoch = env.get("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                long seconds = Long.parseLong(epoch.strip());
                // a PDF's date runs from year 0 to 9999: outside that no date can be written
                if (seconds < -62_167_219_200L || seconds > 253_402_300_799L) throw new NumberFormatException();
                return Instant.ofEpochSecond(seconds).atZone(ZoneOffset.UTC);
            } catch (NumberFormatException e) {
                throw new UsageException("SOURCE_DATE_EPOCH is " + Printable.quote(epoch)
                        + "; expected seconds since 1970, up to the end of the year 9999");
            }
        }
        return ZonedDateTime.now(ZoneId.systemDefault()).withNano(0);
    }

    private static final class Options {
        String country;
        String template;
        String dataset;
        String pack;
        String paper;
        String language;
        String output;
        String created;
        String preparedBy;
        String out;
        CountrySelection selection;
        boolean skipExisting;
        boolean numbered;
        String marking;
        String caveat;
        boolean draft;
        String recipient;
        Integer copy;
        String recipients;
        String passwordFile;
        boolean passwordPrompt;
        boolean noPrint;
        boolean noCopy;
        boolean noPdfA;

        static Options parse(List<String> args) throws UsageException {
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                String name = args.get(i);
                if (!name.startsWith("--")) throw new UsageException("unexpected \"" + name + "\"");
                switch (name) {
                    case "--all" -> o.select(CountrySelection.all());
                    case "--allies" -> o.select(CountrySelection.allies());
                    case "--skip-existing" -> o.skipExisting = true;
                    case "--numbered" -> o.numbered = true;
                    case "--draft" -> o.draft = true;
                    case "--password-prompt" -> o.passwordPrompt = true;
                    case "--no-print" -> o.noPrint = true;
                    case "--no-copy" -> o.noCopy = true;
                    case "--no-pdfa" -> o.noPdfA = true;
                    case "--password" -> throw new UsageException("a password is never given on the command line, where "
                            + "others can see it: use --password-file FILE or --password-prompt");
                    default -> {
                        if (i + 1 >= args.size()) throw new UsageException(name + " needs a value");
                        o.set(name, args.get(++i));
                    }
                }
            }
            return o;
        }

        private void set(String name, String value) throws UsageException {
            switch (name) {
                case "--country" -> {
                    if (value.isBlank()) throw new UsageException("--country is empty; give a code such as LV");
                    country = value.strip().toUpperCase(Locale.ROOT);
                }
                case "--template" -> template = value;
                case "--dataset" -> dataset = value;
                case "--pack" -> pack = value;
                case "--paper" -> paper = value;
                case "--language" -> language = value;
                case "--output" -> output = value;
                case "--created" -> created = value;
                case "--prepared-by" -> {
                    if (value.strip().length() > DocumentControl.MAX_LENGTH) {
                        throw new UsageException("--prepared-by is " + value.strip().length()
                                + " characters long; at most " + DocumentControl.MAX_LENGTH + " fit on the cover");
                    }
                    preparedBy = value;
                }
                case "--out" -> out = value;
                case "--marking" -> {
                    if (value.strip().length() > Classification.MAX_LENGTH) {
                        throw new UsageException("--marking is " + value.strip().length() + " characters long; at most "
                                + Classification.MAX_LENGTH + " fit at the head of a page");
                    }
                    marking = value;
                }
                case "--caveat" -> {
                    if (value.strip().length() > Classification.MAX_LENGTH) {
                        throw new UsageException("--caveat is " + value.strip().length() + " characters long; at most "
                                + Classification.MAX_LENGTH + " fit beside the marking");
                    }
                    caveat = value;
                }
                case "--recipient" -> recipient = value;
                case "--copy" -> {
                    try {
                        copy = Integer.parseInt(value.strip());
                    } catch (NumberFormatException e) {
                        throw new UsageException("--copy is \"" + value + "\"; expected a number from 1 to 9999");
                    }
                    if (copy < 1 || copy > 9999) throw new UsageException("--copy is " + copy + "; expected a number from 1 to 9999");
                }
                case "--recipients" -> recipients = value;
                case "--password-file" -> passwordFile = value;
                case "--region" -> {
                    Region region = JsonEnum.fromJson(Region.class, value.isEmpty() ? value
                            : Character.toUpperCase(value.charAt(0)) + value.substring(1).toLowerCase(Locale.ROOT));
                    if (region == null) {
                        throw new UsageException("--region is \"" + value + "\"; expected " + JsonEnum.allowed(Region.class));
                    }
                    select(CountrySelection.region(region));
                }
                case "--countries" -> select(CountrySelection.of(List.of(value.split(","))));
                default -> throw new UsageException("unknown option \"" + name + "\"");
            }
        }

        private void select(CountrySelection s) throws UsageException {
            if (selection != null) throw new UsageException("choose one of --all, --region, --allies and --countries");
            selection = s;
        }
    }
}
