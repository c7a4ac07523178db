package org.attache.core.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.attache.core.analysis.AssemblyRecord;
import org.attache.core.analysis.SeriesPoint;
import org.attache.core.analysis.SupportSeries;
import org.attache.core.document.KeyFigures.KeyFigure;
import org.attache.core.model.Ask;
import org.attache.core.model.Country;
import org.attache.core.model.DiplomaticAlly;
import org.attache.core.model.Fact;
import org.attache.core.model.FactKind;
import org.attache.core.pack.Meeting;

/** The cover, the one-page summary and the overall notes. */
final class FrontMatter {
    static final String HEADLINE_MEASURE = "countries-voicing-support";

    private final BriefContext ctx;

    FrontMatter(BriefContext ctx) {
        this.ctx = ctx;
    }

    Cover cover(String datasetName, LocalDate prepared) {
        Meeting m = ctx.pack().meeting();
        String notSet = ctx.get("cover.notSet");
        List<Cover.Line> lines = new ArrayList<>();
        lines.add(new Cover.Line(ctx.get("cover.meetingDate"), m.date() == null ? notSet : ctx.words().date(m.date())));
        lines.add(new Cover.Line(ctx.get("cover.counterpart"), orElse(m.counterpart(), notSet)));
        lines.add(new Cover.Line(ctx.get("cover.place"), orElse(m.place(), notSet)));
        if (!m.purpose().isEmpty()) lines.add(new Cover.Line(ctx.get("cover.purpose"), m.purpose()));
        lines.add(new Cover.Line(ctx.get("cover.prepared"), ctx.words().date(prepared)));
        String dataset = ctx.dataset().title() + " (" + datasetName
                + (ctx.dataset().updated() == null ? "" : ", updated " + ctx.dataset().updated()) + ")";
        lines.add(new Cover.Line(ctx.get("cover.dataset"), dataset));
        return new Cover(ctx.get("cover.kicker"), ctx.country().name(), ctx.pack().template().label(), lines,
                ctx.get("cover.footnote"));
    }

    List<Block> summary() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, ctx.get("summary.heading")));
        String purpose = ctx.pack().meeting().purpose();
        if (!purpose.isEmpty()) blocks.add(Paragraph.styled(ctx.get("summary.purpose", purpose), TextStyle.LEAD));

        blocks.add(new Heading(2, ctx.get("summary.asks")));
        List<Paragraph> asks = new ArrayList<>();
        for (Ask a : ctx.dataset().asks()) asks.add(Paragraph.of(a.title(), ctx.cite(a.sources())));
        blocks.add(new BulletList(asks));

        blocks.add(new Heading(2, ctx.get("summary.standing", ctx.country().name())));
        blocks.add(standing());
        worldwideHeadline().ifPresent(blocks::add);

        List<KeyFigure> figures = keyFigures();
        if (!figures.isEmpty()) {
            blocks.add(new Heading(2, ctx.get("summary.keyFacts")));
            blocks.add(new KeyFigures(figures));
        }
        return blocks;
    }

    private Paragraph standing() {
        Country c = ctx.country();
        DiplomaticAlly ally = c.diplomaticAlly();
        String status;
        if (ally == null) status = ctx.get("standing.notAlly");
        else if (ally.isCurrent()) status = ctx.get("standing.ally", ally.since() == null ? "" : ctx.get("standing.allySince", ally.since()));
        else status = ctx.get("standing.formerAlly", ally.until());
        List<String> sources = ally == null ? List.of() : ally.sources();

        String record;
        if (ctx.timeline().isEmpty()) {
            record = ctx.get("standing.noRecord", c.name());
        } else {
            List<AssemblyRecord> active = ctx.timeline().assemblies().stream().filter(r -> r.total() > 0).toList();
            AssemblyRecord latest = active.get(active.size() - 1);
            record = ctx.get("standing.record", ctx.timeline().totalActions(), active.size(), latest.assembly().label());
            sources = new ArrayList<>(sources);
            for (var a : latest.actions()) sources.addAll(a.sources());
        }
        return Paragraph.of(status + " " + record, ctx.cite(sources));
    }

    private java.util.Optional<Paragraph> worldwideHeadline() {
        return ctx.dataset().measure(HEADLINE_MEASURE).map(m -> SupportSeries.of(ctx.dataset(), m)).flatMap(s -> {
            List<SeriesPoint> values = s.values();
            if (values.isEmpty()) return java.util.Optional.empty();
            SeriesPoint last = values.get(values.size() - 1);
            return java.util.Optional.of(Paragraph.of(ctx.get("standing.worldwide", last.displayValue(),
                    s.measure().unit(), last.assembly().label()), ctx.cite(last.sources())));
        });
    }

    /** Three capability facts with figures, those naming this country or its region first. */
    private List<KeyFigure> keyFigures() {
        Comparator<Fact> relevantFirst = Comparator.comparing(f -> !relevant(f));
        return ctx.dataset().facts().stream()
                .filter(f -> f.kind() == FactKind.CAPABILITY && f.figure() != null)
                .sorted(relevantFirst)
                .limit(3)
                .map(f -> new KeyFigure(figure(f), f.figure().unit(), f.statement(), ctx.cite(f.sources())))
                .toList();
    }

    private boolean relevant(Fact f) {
        return f.countries().contains(ctx.country().code()) || f.regions().contains(ctx.country().region());
    }

    /** "478" or "5,000+": the figure without its unit. */
    private static String figure(Fact f) {
        String display = f.figure().display();
        return display.substring(0, display.length() - f.figure().unit().length() - 1);
    }

    List<Block> notes() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, ctx.get("notes.heading")));
        String notes = ctx.pack().notes();
        if (notes.isEmpty()) {
            blocks.add(Paragraph.styled(ctx.get("notes.empty"), TextStyle.SMALL));
        } else {
            for (String para : notes.split("\\n\\s*\\n")) blocks.add(Paragraph.of(para.strip()));
        }
        return blocks;
    }

    private static String orElse(String s, String fallback) {
        return s == null || s.isEmpty() ? fallback : s;
    }
}
