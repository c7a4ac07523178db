package org.attache.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.nio.file.Path;
import org.attache.core.data.Printable;
import org.attache.core.export.EarlierDataset;
import org.attache.core.model.JsonEnum;
import org.attache.core.pack.BriefLanguage;
import org.attache.core.pack.DocumentControl;
import org.attache.core.pack.Output;
import org.attache.core.pack.Pack;
import org.attache.core.pack.PaperSize;
import org.attache.core.pack.Template;
import picocli.CommandLine.Option;

/**
 * What an export prints and how: template, paper, language, output, who prepared it, numbered paragraphs, what is
 * new since when, and the
 * creation time, which is now, or {@code --created}, or the {@code SOURCE_DATE_EPOCH} environment variable, so
 * builds can be reproduced.
 */
final class BriefOptions {
    static final String LAST_ASSEMBLY = "last-assembly";

    @Option(names = "--template", paramLabel = "TEMPLATE", description = "ministerial (the default), parliamentary or police")
    String template;

    @Option(names = "--paper", paramLabel = "PAPER", description = "a4 or letter")
    String paper;

    @Option(names = "--language", paramLabel = "LANG", description = "en, zh-Hant or zh-Hant+en")
    String language;

    @Option(names = "--output", paramLabel = "KIND", description = "full (the default), card (one page) or leave-behind "
            + "(for the counterpart)")
    String output;

    @Option(names = "--prepared-by", paramLabel = "DESK", description = "who prepared the pack, on its cover")
    String preparedBy;

    @Option(names = "--numbered", description = "number the paragraphs in the margin")
    boolean numbered;

    @Option(names = "--new-since", paramLabel = "OLD.json|EARLIER.attache.json|last-assembly", description = "add the "
            + "section \"New since\": the country's records added or changed since an earlier dataset file, or since "
            + "the dataset an earlier pack file was saved with, or dated after the last General Assembly")
    String newSince;

    @Option(names = "--flag-stale", description = "flag what may be out of date: a country silent at the last two "
            + "General Assemblies, sources older than five years (or --stale-age), figures since replaced")
    boolean flagStale;

    @Option(names = "--stale-age", paramLabel = "YEARS", description = "with --flag-stale: the age, 1 to 100 years, "
            + "after which a source is flagged as old (default: 5); a text in force, such as INTERPOL's Constitution, "
            + "never is")
    Integer staleAge;

    @Option(names = "--created", paramLabel = "TIME", description = "the creation time printed into the PDF, such as "
            + "2026-11-22T09:00:00Z (default: $SOURCE_DATE_EPOCH, else now)")
    String created;

    /** The checks of single values, made before anything else, as the arguments are read. */
    void check() throws UsageException {
        if (staleAge != null && (staleAge < 1 || staleAge > Pack.MOST_STALE_SOURCE_AGE)) {
            throw new UsageException("--stale-age is " + staleAge + "; give 1 to " + Pack.MOST_STALE_SOURCE_AGE + " years");
        }
        if (preparedBy != null && preparedBy.strip().length() > DocumentControl.MAX_LENGTH) {
            throw new UsageException("--prepared-by is " + preparedBy.strip().length()
                    + " characters long; at most " + DocumentControl.MAX_LENGTH + " fit on the cover");
        }
    }

    /** The template of a new pack, or null when none was named. */
    Template template() throws UsageException {
        if (template == null) return null;
        Template t = JsonEnum.fromJson(Template.class, template.toLowerCase(Locale.ROOT));
        if (t == null) {
            throw new UsageException("--template is \"" + template + "\"; expected " + JsonEnum.allowed(Template.class));
        }
        return t;
    }

    Output output() throws UsageException {
        if (output == null) return Output.FULL;
        Output o = JsonEnum.fromJson(Output.class, output.toLowerCase(Locale.ROOT));
        if (o == null) throw new UsageException("--output is \"" + output + "\"; expected " + JsonEnum.allowed(Output.class));
        return o;
    }

    /** The pack with the paper, language, preparer and numbering asked for; what was not asked for is left as it is. */
    Pack applyTo(Pack pack) throws UsageException {
        if (paper != null) {
            PaperSize size = JsonEnum.fromJson(PaperSize.class, paper.toLowerCase(Locale.ROOT));
            if (size == null) throw new UsageException("--paper is \"" + paper + "\"; expected a4 or letter");
            pack = pack.withPaper(size);
        }
        if (language != null) {
            BriefLanguage brief = JsonEnum.fromJson(BriefLanguage.class, language);
            if (brief == null) throw new UsageException("--language is " + Printable.quote(language) + "; expected "
                    + JsonEnum.allowed(BriefLanguage.class));
            pack = pack.withLanguage(brief);
        }
        if (preparedBy != null) pack = pack.withControl(pack.control().withPreparedBy(preparedBy));
        if (numbered) pack = pack.withNumbered(true);
        if (newSince != null) {
            if (newSince.isBlank()) throw new UsageException("--new-since is empty; give an earlier dataset or pack file, or last-assembly");
            pack = LAST_ASSEMBLY.equals(newSince) ? EarlierDataset.sinceLastAssembly(pack)
                    : EarlierDataset.since(pack, Path.of(newSince));
        }

        if (flagStale) pack = pack.withFlagStale(true);
        if (staleAge != null) {
            if (!pack.flagStale()) {
                throw new UsageException("--stale-age is the age after which --flag-stale calls a source old; add --flag-stale");
            }
            pack = pack.withStaleSourceAge(staleAge);
        }
        return pack;
    }

    ZonedDateTime created(Map<String, String> env) throws UsageException {
        if (created != null) {
            try {
                return ZonedDateTime.parse(created);
            } catch (DateTimeParseException e) {
                throw new UsageException("--created is \"" + created + "\"; expected a time like 2026-11-22T09:00:00Z");
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
}
