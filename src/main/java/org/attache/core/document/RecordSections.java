package org.attache.core.document;

import java.util.ArrayList;
import java.util.List;
import org.attache.core.analysis.AssemblyRecord;
import org.attache.core.analysis.Caveat;
import org.attache.core.analysis.Memberships;
import org.attache.core.analysis.SupportSeries;
import org.attache.core.chart.ChartDefinitions;
import org.attache.core.chart.ChartSpec;
import org.attache.core.model.Assembly;
import org.attache.core.model.SupportAction;
import org.attache.core.pack.PackSection;
import org.attache.core.pack.SectionKind;

/** The sections drawn from the record of support: the country's record, its chart, and worldwide growth. */
final class RecordSections {
    private final BriefContext ctx;
    private final StaleMarks stale;

    RecordSections(BriefContext ctx, StaleMarks stale) {
        this.ctx = ctx;
        this.stale = stale;
    }

    List<Block> countryRecord(PackSection section) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(ctx.heading(1, in -> in.get("record.heading", in.inSentence(in.country()))));
        blocks.addAll(stale.countryLine());
        String name = ctx.inSentence(ctx.country());
        if (!ctx.timeline().hasRecords()) {
            List<Assembly> all = ctx.dataset().assemblies();
            String span = Integer.toString(all.get(0).year()) + "\u2013" + all.get(all.size() - 1).year();
            List<String> without = all.stream().filter(a -> !a.held()).map(a -> Integer.toString(a.year())).toList();
            if (!without.isEmpty()) span = ctx.get("record.spanWithout", span, String.join(ctx.get("punct.comma"), without));
            blocks.add(new Callout(ctx.get("record.emptyTitle"), ctx.get("record.emptyText", name, span)));
            blocks.addAll(memberships());
            return blocks;
        }
        boolean all = "all".equals(section.option(SectionKind.ASSEMBLIES));
        List<List<Paragraph>> rows = new ArrayList<>();
        for (AssemblyRecord record : ctx.timeline().assemblies()) {
            Assembly assembly = record.assembly();
            if (!record.hasRecords()) {
                if (all) rows.add(List.of(Paragraph.of(place(assembly)), Paragraph.of(""), Paragraph.of(""),
                        Paragraph.of(""), Paragraph.styled(ctx.get("record.none"), TextStyle.SMALL)));
                continue;
            }
            boolean first = true;
            for (SupportAction a : record.actions()) {
                // who acted is a name and a title: shown in Chinese where the dataset gives them, else as written, unmarked
                String who = a.actor() == null ? "" : ctx.name("actions", a.id(), "actor", a.actor()) + (a.actorRole() == null
                        ? "" : ctx.get("punct.comma") + ctx.name("actions", a.id(), "actorRole", a.actorRole()));
                rows.add(List.of(Paragraph.of(first ? place(assembly) : ""), Paragraph.of(a.date() == null ? "" : a.date().toString()),
                        Paragraph.of(who), Paragraph.of(ctx.kind(a.kind())),
                        Paragraph.of(ctx.marked(ctx.text("actions", a.id(), "summary", a.summary()), Caveat.of(a)), ctx.cite(a.sources()))));
                first = false;
            }
        }
        blocks.add(new Table(List.of(ctx.get("record.assembly"), ctx.get("record.date"), ctx.get("record.actor"),
                ctx.get("record.kind"), ctx.get("record.what")), List.of(1.75f, 1.45f, 2.6f, 1.6f, 4.6f), rows, true,
                ctx.get("table.continued")));
        blocks.addAll(memberships());
        return blocks;
    }

    /** What the organisations the country belongs to have done: shown for context, not counted as its acts. */
    private List<Block> memberships() {
        List<Memberships> all = Memberships.of(ctx.dataset(), ctx.country());
        if (all.isEmpty()) return List.of();
        List<Block> blocks = new ArrayList<>();
        blocks.add(ctx.heading(2, in -> in.get("record.memberships", in.inSentence(in.country()))));
        List<Paragraph> items = new ArrayList<>();
        for (Memberships m : all) {
            for (SupportAction a : m.actions()) {
                String when = a.date() == null ? "" : " (" + a.date() + ")";
                items.add(new Paragraph(ctx.name(m.organisation()) + when + ctx.end(), ctx.marked(ctx.text("actions", a.id(), "summary",
                        a.summary()), Caveat.of(a)),
                        ctx.cite(a.sources(), m.organisation().sources()), TextStyle.BODY));
            }
        }
        blocks.add(new BulletList(items));
        return blocks;
    }

    /** "91st, Vienna (2023)": the assembly as a narrow column shows it; "2020 (no session)" for a year without one. */
    private String place(Assembly a) {
        return ctx.assemblyPlace(a);
    }

    List<Block> countryChart() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(ctx.heading(1, in -> in.get("chart.heading", in.inSentence(in.country()))));
        String name = ctx.inSentence(ctx.country());
        if (ctx.timeline().isEmpty()) {
            blocks.add(new Callout(ctx.get("chart.emptyTitle"), ctx.get("chart.emptyText", name)));
            return blocks;
        }
        ChartSpec chart = ChartDefinitions.country(ctx.timeline(), ctx.chartWords());
        blocks.add(new ChartBlock(chart, chart.note(), ctx.cite(chart.sources())));
        return blocks;
    }

    List<Block> growth(PackSection section) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(ctx.heading(1, in -> in.get("growth.heading")));
        blocks.add(Paragraph.styled(ctx.get("growth.intro"), TextStyle.SMALL));
        int charts = 0;
        for (String id : section.optionList(SectionKind.MEASURES)) {
            var measure = ctx.dataset().measure(id);
            if (measure.isEmpty()) continue;
            SupportSeries series = SupportSeries.of(ctx.dataset(), measure.get());
            if (series.valueCount() == 0) continue;
            ChartSpec chart = ChartDefinitions.growth(series, ctx.chartWords());
            List<Caveat> caveats = series.values().stream().flatMap(p -> Caveat.of(p.tally()).stream()).distinct().toList();
            String caption = chart.note() == null ? "" : chart.note();
            blocks.add(new ChartBlock(chart, ctx.marked(caption, caveats).strip(), ctx.cite(chart.sources())));
            charts++;
        }
        if (charts == 0) blocks.add(new Callout(ctx.get("growth.heading"), ctx.get("growth.none")));
        return blocks;
    }
}
