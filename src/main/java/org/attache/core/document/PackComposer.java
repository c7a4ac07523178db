package org.attache.core.document;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.attache.core.model.Dataset;
import org.attache.core.pack.Pack;
import org.attache.core.pack.PackSection;
import org.attache.core.pack.Recipient;
import org.attache.core.pack.SectionKind;

/**
 * Turns a dataset and a pack into a document: the chosen sections in the chosen order, each followed by the
 * user's notes for it, with every source numbered in order of first citation.
 */
public final class PackComposer {

    /**
     * Facts about the composition that are not in the pack: when, from which file, whose copy (or null), who
     * signed the dataset (null when no trusted signer did), and the earlier dataset a "New since" section compares
     * with (null when there is none, or it could not be read).
     */
    public record Setting(String datasetName, ZonedDateTime created, Recipient recipient, SignedBy signedBy,
                          Earlier earlier) {
        public Setting(String datasetName, ZonedDateTime created) {
            this(datasetName, created, null, null, null);
        }

        public Setting(String datasetName, ZonedDateTime created, Recipient recipient) {
            this(datasetName, created, recipient, null, null);
        }

        public Setting(String datasetName, ZonedDateTime created, Recipient recipient, SignedBy signedBy) {
            this(datasetName, created, recipient, signedBy, null);
        }

        public Setting withEarlier(Earlier e) {
            return new Setting(datasetName, created, recipient, signedBy, e);
        }
    }

    /**
     * An earlier version of the dataset, for "New since": read from a dataset file, or from the copy a pack file keeps
     * of the dataset it was made from; {@code name} is the file's, {@code dataset} null when it cannot be used.
     */
    public record Earlier(String name, Dataset dataset, From from) {
        /** Where the earlier version was read from. */
        public enum From {
            /** A dataset file. */
            DATASET,
            /** A pack file's copy of its dataset. */
            PACK,
            /** A pack file that keeps no copy of its dataset (saved by an older version, or the dataset too large). */
            PACK_WITHOUT_COPY
        }

        public Earlier(String name, Dataset dataset) {
            this(name, dataset, From.DATASET);
        }
    }

    /** The trusted signer of a dataset, by name and key id, for the metadata of the packs made from it. */
    public record SignedBy(String name, String keyId) {
    }

    /** How many times a pocket card may drop an item to stay on one page. */
    public static final int CARD_TRIMS = 6;

    /** The pocket card of the pack's country and meeting; {@code fewer} (0 to CARD_TRIMS) drops items to fit. */
    public Document composeCard(Dataset dataset, Pack pack, Setting setting, int fewer) {
        BriefContext ctx = BriefContext.of(dataset, pack);
        LocalDate prepared = setting.created().toLocalDate();
        List<Block> blocks = new PocketCard(ctx, new FrontMatter(ctx)).blocks(fewer, prepared);
        String countryName = ctx.name(ctx.country());
        return new Document(ctx.get("card.heading", countryName), subject(ctx, countryName, setting),
                "Attaché", pack.language().tag(), marking(pack),
                ctx.get("running.title", countryName, ctx.get("card.kind")), pack.paper(), setting.created(), null, false,
                blocks, new Document.PrintWords(ctx.get("contents"), ctx.get("page.of"),
                        footer(ctx, setting), ctx.get("chart.sources")), false, stamp(ctx, setting));
    }

    /** The marking at head and foot, with the pack's handling caveat after it when it has one. */
    private static String marking(Pack pack) {
        return pack.control().markingLine(pack.classification());
    }

    /** "DRAFT" across a draft's pages, and the recipient's name, the date and the copy number across a stamped copy. */
    private static Document.Stamp stamp(BriefContext ctx, Setting setting) {
        String draft = ctx.pack().control().draft() ? ctx.get("stamp.draft") : "";
        Recipient r = setting.recipient();
        if (r == null) return new Document.Stamp(draft, "", "");
        String date = ctx.words().date(setting.created().toLocalDate());
        return new Document.Stamp(draft, ctx.get("stamp.mark", r.name(), date, Integer.toString(r.copy())),
                ctx.get("stamp.footer", r.name(), date, Integer.toString(r.copy())));
    }

    /**
     * The metadata's subject: what the pack is, and the dataset it was made from by title and date, with its signer
     * when a trusted one signed it ("…; signed by Attaché headquarters (key 1a2b3c4d5e6f7a8b)").
     */
    private static String subject(BriefContext ctx, String countryName, Setting setting) {
        String what = ctx.get("document.subject", ctx.template().toLowerCase(ctx.pack().language().locale()), countryName);
        Dataset d = ctx.dataset();
        String dataset = d.updated() == null ? ctx.get("document.dataset", d.title())
                : ctx.get("document.datasetUpdated", d.title(), d.updated().toString());
        SignedBy signer = setting.signedBy();
        if (signer != null) dataset = ctx.get("document.signedBy", dataset, signer.name(), signer.keyId());
        return ctx.get("document.about", what, dataset);
    }

    /**
     * The foot of every page: the pack's reference and version, the date of the dataset it was built from, and who
     * signed that dataset when a trusted key did.
     */
    private static String footer(BriefContext ctx, Setting setting) {
        String data = ctx.dataset().updated() == null ? ctx.get("footer.undated") : ctx.dataset().updated().toString();
        String footer = ctx.get("footer.control", new FrontMatter(ctx).reference(setting.created().toLocalDate()),
                Integer.toString(ctx.pack().control().version()), data);
        return setting.signedBy() == null ? footer : ctx.get("footer.signed", footer, setting.signedBy().name());
    }

    public Document compose(Dataset dataset, Pack pack, Setting setting) {
        BriefContext ctx = BriefContext.of(dataset, pack);
        FrontMatter front = new FrontMatter(ctx);
        LocalDate prepared = setting.created().toLocalDate();
        StaleMarks stale = new StaleMarks(ctx, prepared);
        RecordSections record = new RecordSections(ctx, stale);
        FactSections facts = new FactSections(ctx, stale);

        List<Block> blocks = new ArrayList<>();
        int sourcesAt = -1;
        boolean cover = false;
        for (PackSection section : pack.includedSections()) {
            switch (section.kind()) {
                case COVER -> cover = true;
                case SUMMARY -> blocks.addAll(front.summary(section, prepared));
                case NEW_SINCE -> blocks.addAll(new NewSinceSection(ctx).blocks(section, setting.earlier(), prepared));
                case ASK -> blocks.addAll(facts.ask());
                case COUNTRY_RECORD -> blocks.addAll(record.countryRecord(section));
                case WORLDWIDE_GROWTH -> blocks.addAll(record.growth(section));
                case COUNTRY_CHART -> blocks.addAll(record.countryChart());
                case CAPABILITIES -> blocks.addAll(facts.capabilities(section));
                case CASES -> blocks.addAll(facts.cases(section));
                case TALKING_POINTS -> blocks.addAll(facts.talkingPoints(section));
                case DEFENSIVE_LINES -> blocks.addAll(facts.defensiveLines());
                case CONSTITUTION -> blocks.addAll(facts.constitution());
                case NOTES -> blocks.addAll(front.notes(section));
                case SOURCES -> {
                    blocks.add(ctx.heading(1, in -> in.get("sources.heading")));
                    sourcesAt = blocks.size();
                }
            }
            if (!section.notes().isEmpty() && section.kind() != SectionKind.COVER) {
                blocks.add(new Callout(ctx.get("notes.section"), section.notes()));
            }
        }
        if (sourcesAt >= 0) {
            // the legend and the list come last, once every section has said which marks and sources it used
            List<Block> end = new ArrayList<>(front.legend());
            end.add(new SourceList(ctx.citations().notes(stale::sourceAge)));
            blocks.addAll(sourcesAt, end);
        }

        String template = ctx.template();
        String countryName = ctx.name(ctx.country());
        return new Document(
                countryName + ": " + ctx.get("cover.kicker").toLowerCase(pack.language().locale()),
                subject(ctx, countryName, setting),
                "Attaché", pack.language().tag(), marking(pack),
                ctx.get("running.title", countryName, template), pack.paper(), setting.created(),
                cover ? front.cover(setting.datasetName(), prepared) : null, true, blocks,
                new Document.PrintWords(ctx.get("contents"), ctx.get("page.of"),
                        footer(ctx, setting), ctx.get("chart.sources")), pack.numbered(), stamp(ctx, setting));
    }
}
