package org.attache.core.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.core.edit.NewSince;
import org.attache.core.model.Assembly;
import org.attache.core.model.Country;
import org.attache.core.model.Fact;
import org.attache.core.model.Organisation;
import org.attache.core.model.SupportAction;
import org.attache.core.model.Tally;
import org.attache.core.model.TalkingPoint;
import org.attache.core.pack.PackSection;
import org.attache.core.pack.SectionKind;

/**
 * The section "New since …": the country's records new or changed since the last General Assembly, since an
 * earlier dataset file, or since the dataset an earlier pack was made from, each with its date and its sources; what
 * was withdrawn is only counted.
 */
final class NewSinceSection {
    /** More changed fields than this and the item says only that it was updated. */
    private static final int MOST_FIELDS_NAMED = 4;

    private final BriefContext ctx;

    NewSinceSection(BriefContext ctx) {
        this.ctx = ctx;
    }

    List<Block> blocks(PackSection section, PackComposer.Earlier earlier, LocalDate today) {
        String code = ctx.country().code();
        if (SectionKind.EARLIER_DATASET.equals(section.option(SectionKind.BASELINE))) {
            String file = section.option(SectionKind.EARLIER_FILE);
            if (earlier == null || earlier.dataset() == null) {
                String name = earlier != null ? earlier.name() : file.isBlank() ? "" : fileName(file);
                List<Block> blocks = new ArrayList<>();
                blocks.add(ctx.heading(1, in -> in.get("newSince.heading")));
                blocks.add(new Callout(ctx.get("newSince.heading"), name.isBlank() ? ctx.get("newSince.noFile")
                        : ctx.get(unusable(earlier), name)));
                return blocks;
            }
            String since = earlier.dataset().updated() == null ? earlier.name() : earlier.dataset().updated().toString();
            NewSince found = NewSince.between(earlier.dataset(), ctx.dataset(), code);
            List<Block> blocks = new ArrayList<>();
            blocks.add(ctx.heading(1, in -> in.get("newSince.heading.dataset", since)));
            String intro = earlier.from() == PackComposer.Earlier.From.PACK ? "newSince.intro.pack" : "newSince.intro.dataset";
            blocks.add(Paragraph.styled(ctx.get(intro, ctx.inSentence(ctx.country()), earlier.name(), since),
                    TextStyle.SMALL));
            blocks.addAll(list(found, () -> ctx.get("newSince.none.dataset", ctx.inSentence(ctx.country()), since)));
            if (found.withdrawn() > 0) {
                blocks.add(Paragraph.styled(ctx.get("newSince.withdrawn", ctx.inSentence(ctx.country()), found.withdrawn()),
                        TextStyle.SMALL));
            }
            return blocks;
        }

        Optional<Assembly> last = NewSince.lastAssemblyBefore(ctx.dataset(), today);
        if (last.isEmpty()) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(ctx.heading(1, in -> in.get("newSince.heading")));
            blocks.add(Paragraph.of(ctx.get("newSince.noAssembly", ctx.words().date(today))));
            return blocks;
        }
        Assembly a = last.get();
        NewSince found = NewSince.after(ctx.dataset(), a, code);
        List<Block> blocks = new ArrayList<>();
        blocks.add(ctx.heading(1, in -> in.get("newSince.heading.assembly", Assembly.ordinal(a.session()), a.year(),
                a.session())));
        blocks.add(Paragraph.styled(ctx.get("newSince.intro.assembly", ctx.inSentence(ctx.country()), ctx.assembly(a)),
                TextStyle.SMALL));
        blocks.addAll(list(found, () -> ctx.get("newSince.none.assembly", ctx.inSentence(ctx.country()),
                Assembly.ordinal(a.session()), a.year(), a.session())));
        return blocks;
    }

    /** Why nothing is listed: the file could not be read, or it is a pack that keeps no copy of its dataset. */
    private static String unusable(PackComposer.Earlier earlier) {
        if (earlier == null) return "newSince.unreadable";
        return switch (earlier.from()) {
            case DATASET -> "newSince.unreadable";
            case PACK -> "newSince.unreadablePack";
            case PACK_WITHOUT_COPY -> "newSince.noCopy";
        };
    }

    private List<Block> list(NewSince found, java.util.function.Supplier<String> none) {
        List<Block> blocks = new ArrayList<>();
        if (found.isEmpty()) {
            blocks.add(Paragraph.of(none.get()));
        } else {
            List<Paragraph> items = new ArrayList<>();
            for (NewSince.Item item : found.items()) {
                String label = item.date() == null ? "" : item.date().toString();
                items.add(new Paragraph(label, describe(item) + changes(item), ctx.cite(item.sources()), TextStyle.BODY));
            }
            blocks.add(new BulletList(items));
        }
        if (found.unsourced() > 0) {
            blocks.add(Paragraph.styled(ctx.get("newSince.unsourced", found.unsourced()), TextStyle.SMALL));
        }
        return blocks;
    }

    /** What the record is, in the brief's language where its words exist, else its English marked as such. */
    private String describe(NewSince.Item item) {
        Object r = item.record();
        if (r instanceof SupportAction a) {
            String who = a.country() != null
                    ? ctx.dataset().country(a.country()).map(ctx::name).orElse(a.country())
                    : ctx.dataset().organisation(a.organisation()).map(ctx::name).orElse(a.organisation());
            Assembly at = a.assembly() == null ? null : ctx.dataset().assembly(a.assembly()).orElse(null);
            return at == null ? ctx.get("newSince.action", who, ctx.kind(a.kind()))
                    : ctx.get("newSince.actionAt", who, ctx.kind(a.kind()), ctx.assemblyPlace(at));
        }
        if (r instanceof Fact f) return ctx.text("facts", f.id(), "title", f.title());
        if (r instanceof TalkingPoint p && p.title() != null) return ctx.text("talkingPoints", p.id(), "title", p.title());
        if (r instanceof Country c) return ctx.name(c);
        if (r instanceof Organisation o) return ctx.name(o);
        if (r instanceof Tally t) {
            String measure = ctx.dataset().measure(t.measure()).map(ctx::label).orElse(t.measure());
            String at = ctx.dataset().assembly(t.assembly()).map(ctx::assemblyPlace).orElse("");
            return ctx.get("newSince.tally", measure, at, t.displayValue());
        }
        return ctx.english() ? item.description() : item.description() + ctx.get("untranslated");
    }

    /** " (updated: summary, date)" for a changed record, " (updated)" when too much changed to say briefly. */
    private String changes(NewSince.Item item) {
        if (!item.changed()) return "";
        if (item.fields().isEmpty() || item.fields().size() > MOST_FIELDS_NAMED) return ctx.get("newSince.updated");
        List<String> words = new ArrayList<>();
        for (String field : item.fields()) {
            String key = "newSince.field." + field;
            String word = ctx.words().has(key) ? ctx.get(key) : ctx.get("newSince.field.other");
            if (!words.contains(word)) words.add(word);
        }
        return ctx.get("newSince.updatedFields", String.join(ctx.get("punct.comma"), words));
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
