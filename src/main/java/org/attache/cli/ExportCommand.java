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
import org.attache.core.export.DatasetFile;
import org.attache.core.export.PackExporter;
import org.attache.core.model.JsonEnum;
import org.attache.core.pack.DatasetChanges;
import org.attache.core.pack.Pack;
import org.attache.core.pack.PackFile;
import org.attache.core.pack.PackLoad;
import org.attache.core.pack.PaperSize;
import org.attache.core.pack.Template;

/**
 * {@code export --country LV [--template T] [--dataset F] [--pack F.attache.json] [--paper a4|letter]
 * [--created ISO-TIME] --out FILE.pdf}: one briefing pack to PDF. The creation time printed into the PDF is now,
 * or {@code --created}, or the {@code SOURCE_DATE_EPOCH} environment variable, so builds can be reproduced.
 */
final class ExportCommand {
    static final String USAGE = "export --country CODE [--template ministerial|parliamentary|police] [--dataset FILE]\n"
            + "                 [--pack FILE.attache.json] [--paper a4|letter] [--created 2026-11-22T09:00:00Z] --out FILE.pdf";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    ExportCommand(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /** Thrown for a mistake in the command line itself; the CLI prints it with the usage. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    int run(List<String> args) throws UsageException {
        Options o = Options.parse(args);
        if (o.out == null) throw new UsageException("export needs --out FILE.pdf");
        if (o.country == null && o.pack == null) throw new UsageException("export needs --country CODE or --pack FILE");
        ZonedDateTime created = created(o.created);

        DatasetFile dataset = o.dataset == null ? DatasetFile.bundled() : DatasetFile.open(Path.of(o.dataset));
        if (!dataset.load().isValid()) {
            err.println("The dataset " + dataset.load().file() + " has " + dataset.load().problemCounts()
                    + "; fix it before exporting:");
            dataset.load().problems().forEach(p -> err.println("  " + p));
            return Cli.FAILED;
        }
        Pack pack = pack(o, dataset);
        if (pack == null) return Cli.FAILED;
        if (dataset.dataset().country(pack.country()).isEmpty()) {
            throw new UsageException("the dataset has no country with code \"" + pack.country() + "\"");
        }
        Path target = Path.of(o.out);
        long start = System.nanoTime();
        try {
            byte[] pdf = new PackExporter().render(dataset.dataset(), pack, dataset.name(), created);
            org.attache.core.io.AtomicFile.write(target, pdf);
            out.printf(Locale.ROOT, "Wrote %s (%,d KB) in %d ms%n", target, (pdf.length + 1023) / 1024,
                    (System.nanoTime() - start) / 1_000_000);
            return Cli.OK;
        } catch (IOException e) {
            err.println("Could not write " + target + ": " + e.getMessage());
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
            pack = Pack.of(o.country, o.template == null ? Template.MINISTERIAL : template(o.template));
        }
        if (o.paper != null) {
            PaperSize paper = JsonEnum.fromJson(PaperSize.class, o.paper.toLowerCase(Locale.ROOT));
            if (paper == null) throw new UsageException("--paper is \"" + o.paper + "\"; expected a4 or letter");
            pack = pack.withPaper(paper);
        }
        return pack;
    }

    private static Template template(String name) throws UsageException {
        Template t = JsonEnum.fromJson(Template.class, name.toLowerCase(Locale.ROOT));
        if (t == null) {
            throw new UsageException("--template is \"" + name + "\"; expected " + JsonEnum.allowed(Template.class));
        }
        return t;
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
                return Instant.ofEpochSecond(Long.parseLong(epoch.strip())).atZone(ZoneOffset.UTC);
            } catch (NumberFormatException e) {
                throw new UsageException("SOURCE_DATE_EPOCH is \"" + epoch + "\"; expected seconds since 1970");
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
        String created;
        String out;

        static Options parse(List<String> args) throws UsageException {
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                String name = args.get(i);
                if (!name.startsWith("--")) throw new UsageException("unexpected \"" + name + "\"");
                if (i + 1 >= args.size()) throw new UsageException(name + " needs a value");
                String value = args.get(++i);
                switch (name) {
                    case "--country" -> o.country = value.toUpperCase(Locale.ROOT);
                    case "--template" -> o.template = value;
                    case "--dataset" -> o.dataset = value;
                    case "--pack" -> o.pack = value;
                    case "--paper" -> o.paper = value;
                    case "--created" -> o.created = value;
                    case "--out" -> o.out = value;
                    default -> throw new UsageException("unknown option \"" + name + "\"");
                }
            }
            if (o.out != null && Files.isDirectory(Path.of(o.out))) {
                throw new UsageException("--out " + o.out + " is a folder; name the PDF file to write");
            }
            return o;
        }
    }
}
