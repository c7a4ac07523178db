package org.attache.core.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.attache.core.analysis.AssemblyRecord;
import org.attache.core.analysis.Caveat;
import org.attache.core.analysis.CountingRule;
import org.attache.core.analysis.CountryTimeline;
import org.attache.core.analysis.SeriesPoint;
import org.attache.core.analysis.SupportSeries;
import org.attache.core.document.KeyFigures.KeyFigure;
import org.attache.core.model.Addressee;
import org.attache.core.model.Ask;
import org.attache.core.model.Country;
import org.attache.core.model.DiplomaticAlly;
import org.attache.core.model.Fact;
import org.attache.core.model.FactKind;
import org.attache.core.pack.DocumentControl;
import org.attache.core.pack.Meeting;
import org.attache.core.pack.PackSection;

/** The cover, the one-page summary and the overall notes. */
final class FrontMatter {
    static final String HEADLINE_MEASURE = "countries-voicing-support";

    private final BriefContext ctx;

    FrontMatter(BriefContext ctx) {
        this.ctx = ctx;
    }

    Cover cover(String datasetName, LocalDate prepared) {
        Meeting m = ctx.pack().meeting();
        DocumentControl control = ctx.pack().control();
        String notSet = ctx.get("cover.notSet");
        List<Cover.Line> lines = new ArrayList<>();
        lines.add(new Cover.Line(ctx.get("cover.subject"), ctx.text("dataset", "dataset", "title", ctx.dataset().title())));
        lines.add(new Cover.Line(ctx.get("cover.counterpart"), orElse(m.counterpart(), notSet)));
        lines.add(new Cover.Line(ctx.get("cover.meetingDate"), m.date() == null ? notSet : ctx.words().date(m.date())));
        lines.add(new Cover.Line(ctx.get("cover.place"), orElse(m.place(), notSet)));
        if (!m.purpose().isEmpty()) lines.add(new Cover.Line(ctx.get("cover.purpose"), m.purpose()));
        lines.add(new Cover.Line(ctx.get("cover.preparedBy"), orElse(control.preparedBy(), notSet)));
        lines.add(new Cover.Line(ctx.get("cover.reference"), ctx.get("cover.referenceVersion",
                reference(prepared), control.version(), ctx.words().date(prepared))));
        lines.add(new Cover.Line(ctx.get("cover.marking"), ctx.pack().classification()));
        lines.add(new Cover.Line(ctx.get("cover.handling"), handling()));
        // the subject line carries the dataset's title; this line says which file, of which date
        String dataset = ctx.dataset().updated() == null ? datasetName
                : ctx.get("cover.datasetUpdated", datasetName, ctx.dataset().updated().toString());
        lines.add(new Cover.Line(ctx.get("cover.dataset"), dataset));
        String inEnglish = ctx.inEnglish() == null ? ""
                : ctx.inEnglish().country().name() + " \u00b7 " + ctx.inEnglish().template();
        return new Cover(ctx.get("cover.kicker"), ctx.mentions().withoutIntroducing(() -> ctx.name(ctx.country())),
                ctx.template(), inEnglish, lines, ctx.get("cover.footnote"));
    }

    /** The pack's reference: the one the user gave, or the country's code and the meeting's date. */
    String reference(LocalDate prepared) {
        return ctx.pack().control().referenceFor(ctx.country().code(), ctx.pack().meeting().date(), prepared);
    }

    /** The user's handling line, else the one that goes with the marking, else a general one. */
    private String handling() {
        String given = ctx.pack().control().handling();
        if (!given.isEmpty()) return given;
        String key = "handling." + ctx.pack().classification().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        return ctx.words().has(key) ? ctx.get(key) : ctx.get("handling.other", ctx.pack().classification());
    }

    List<Block> summary(PackSection section, LocalDate prepared) {
        CountingRule rule = ctx.rule(section);
        List<Block> blocks = new ArrayList<>();
        blocks.add(ctx.heading(1, in -> in.get("summary.heading")));
        blocks.add(bottomLine(rule, prepared));

        Addressee counterpart = ctx.pack().template().counterpart();
        List<Paragraph> ofCounterpart = new ArrayList<>();
        for (Ask a : ctx.asks(counterpart)) {
            ofCounterpart.add(Paragraph.of(ctx.counterpartAsk(a), ctx.cite(a.sources()))
                    .withTranslation(ctx.alsoInEnglish("asks", a.id(), in -> in.counterpartAsk(a))));
        }
        if (!ofCounterpart.isEmpty()) {
            blocks.add(ctx.heading(2, in -> in.get("summary.asks." + counterpart.json())));
            blocks.add(new BulletList(ofCounterpart));
        }
        blocks.add(ctx.heading(2, in -> in.get("summary.asks")));
        List<Paragraph> asks = new ArrayList<>();
        for (Ask a : ctx.asks(Addressee.INTERPOL)) {
            asks.add(Paragraph.of(ctx.text("asks", a.id(), "title", a.title()), ctx.cite(a.sources()))
                    .withTranslation(ctx.alsoInEnglish("asks", a.id(), in -> a.title())));
        }
        blocks.add(new BulletList(asks));

        blocks.add(ctx.heading(2, in -> in.get("summary.standing", in.inSentence(in.country()))));
        blocks.add(standing());
        blocks.addAll(record(rule));
        worldwideHeadline(rule).ifPresent(blocks::add);
        nextAssembly(prepared).ifPresent(blocks::add);

        List<KeyFigure> figures = keyFigures(rule);
        if (!figures.isEmpty()) {
            blocks.add(ctx.heading(2, in -> in.get("summary.keyFacts")));
            blocks.add(new KeyFigures(figures));
        }
        return blocks;
    }

    /**
     * The meeting's objective (the user's purpose, else the one that goes with the meeting's kind), what we ask of
     * this counterpart, and where the country stands, each in a sentence; the sections below give them with sources.
     */
    BottomLine bottomLine(CountingRule rule, LocalDate prepared) {
        List<BottomLine.Point> points = new ArrayList<>();
        points.add(objective(prepared));

        List<String> asks = ctx.asks(ctx.pack().template().counterpart()).stream().limit(3)
                .map(ctx::counterpartAsk).toList();
        if (!asks.isEmpty()) points.add(new BottomLine.Point(ctx.get("bottom.ask"), String.join(ctx.semicolon(), asks) + ctx.end()));

        Country c = ctx.country();
        DiplomaticAlly ally = c.diplomaticAlly();
        String standing = ally == null ? ctx.get("bottom.notAlly")
                : ally.isCurrent() ? ctx.get("bottom.ally") : ctx.get("bottom.formerAlly", ally.until());
        CountryTimeline timeline = CountryTimeline.of(ctx.dataset(), c, rule);
        String record = timeline.latestWithActions()
                .map(last -> ctx.marked(ctx.get("bottom.record", timeline.totalActions(), ctx.assembly(last.assembly())),
                        sharedCaveats(last)))
                .orElse(ctx.get("bottom.noRecord"));
        points.add(new BottomLine.Point(ctx.get("bottom.standing"), ctx.get("bottom.stands", standing, record)));
        return new BottomLine(ctx.get("bottom.title"), points);
    }

    /** The user's purpose for the meeting, else the objective that goes with its kind, aimed at the next Assembly. */
    BottomLine.Point objective(LocalDate prepared) {
        String purpose = ctx.pack().meeting().purpose();
        String next = nextAssemblyOf(prepared).map(a -> ctx.get("bottom.nextAssembly", ctx.assembly(a)))
                .orElse(ctx.get("bottom.anAssembly"));
        // a country that spoke up at the latest Assembly is asked to keep its support, not to start
        String key = "bottom.objective." + ctx.pack().template().json();
        if (ctx.actedAtLatestSession() && ctx.words().has(key + ".again")) key = key + ".again";
        return new BottomLine.Point(ctx.get("bottom.objective"), !purpose.isEmpty() ? purpose
                : ctx.get(key, ctx.inSentence(ctx.country()), next));
    }

    /** A qualification every one of the session's counted acts shares qualifies any claim that they happened. */
    static List<Caveat> sharedCaveats(AssemblyRecord session) {
        return Caveat.of(session.counted().get(0)).stream()
                .filter(k -> session.counted().stream().allMatch(a -> Caveat.of(a).contains(k))).toList();
    }

    /** Whether the country is, was or never was an ally; "never" rests on the sources of the list of allies. */
    Paragraph standing() {
        Country c = ctx.country();
        DiplomaticAlly ally = c.diplomaticAlly();
        String name = ctx.english() ? c.sentenceStart() : ctx.inSentence(c);
        if (ally == null) return Paragraph.of(ctx.get("standing.notAlly", name), ctx.cite(allyListSources()));
        String status = ally.isCurrent()
                ? ctx.get("standing.ally", name, ally.since() == null ? "" : ctx.get("standing.allySince", ally.since()))
                : ctx.get("standing.formerAlly", name, ally.until());
        return Paragraph.of(status, ctx.cite(ally.sources()));
    }

    /** The sources the dataset gives for its list of diplomatic allies. */
    private List<String> allyListSources() {
        return ctx.dataset().countries().stream().filter(x -> x.diplomaticAlly() != null)
                .flatMap(x -> x.diplomaticAlly().sources().stream()).distinct().toList();
    }

    /** How many of the country's own acts the dataset counts, and at how many sessions, by the counting rule. */
    private List<Paragraph> record(CountingRule rule) {
        Country c = ctx.country();
        CountryTimeline timeline = CountryTimeline.of(ctx.dataset(), c, rule);
        List<Paragraph> paragraphs = new ArrayList<>();
        var latest = timeline.latestWithActions();
        if (latest.isEmpty()) {
            paragraphs.add(Paragraph.of(ctx.get("standing.noRecord", ctx.inSentence(c))));
        } else {
            AssemblyRecord last = latest.get();
            List<Caveat> caveats = sharedCaveats(last);
            String text = ctx.marked(ctx.get("standing.record", timeline.totalActions(),
                    timeline.sessionsWithActions().size(), ctx.assembly(last.assembly())), caveats) + ctx.end();
            int outside = timeline.actionsOutsideSessions();
            if (outside > 0) text = text + ctx.space() + ctx.get("standing.outsideSessions", outside);
            String breakdown = breakdown(timeline);
            if (!breakdown.isEmpty()) text = text + ctx.space() + breakdown;
            List<String> sources = last.counted().stream().flatMap(a -> a.sources().stream()).toList();
            paragraphs.add(Paragraph.of(text, ctx.cite(sources)));
        }
        int notCounted = timeline.assemblies().stream().mapToInt(r -> r.notCounted().size()).sum();
        if (notCounted > 0) paragraphs.add(Paragraph.styled(ctx.get("standing.notCounted", notCounted), TextStyle.SMALL));
        return paragraphs;
    }

    /** How many of the counted acts carry each qualification: "Of these, 4 rest on MOFA's account and 1 ...". */
    private String breakdown(CountryTimeline timeline) {
        List<String> parts = new ArrayList<>();
        for (Caveat c : List.of(Caveat.REPORTED_BY_TAIWAN, Caveat.INTERPOL_NOT_NAMED, Caveat.MEDIUM_CONFIDENCE,
                Caveat.UNCONFIRMED, Caveat.BILL)) {
            long n = timeline.assemblies().stream().flatMap(r -> r.counted().stream())
                    .filter(a -> Caveat.of(a).contains(c)).count();
            if (n > 0) {
                parts.add(ctx.get(c.key() + ".count", n));
                ctx.marked().add(c);
            }
        }
        if (parts.isEmpty()) return "";
        String list = parts.size() == 1 ? parts.get(0) : String.join(ctx.get("punct.comma"), parts.subList(0, parts.size() - 1))
                + ctx.get("list.and") + parts.get(parts.size() - 1);
        return ctx.get("standing.breakdown", list);
    }

    /** The next General Assembly after the pack is prepared, with its dates or the plain fact that none are set. */
    private java.util.Optional<Paragraph> nextAssembly(LocalDate prepared) {
        return nextAssemblyOf(prepared).map(a -> Paragraph.of(a.startDate() != null && a.startDate().isComplete()
                        ? ctx.get("summary.next.dated", ctx.assembly(a), a.startDate(), a.endDate() == null ? a.startDate() : a.endDate())
                        : ctx.get("summary.next.undated", ctx.assembly(a)), ctx.cite(a.sources())));
    }

    private java.util.Optional<org.attache.core.model.Assembly> nextAssemblyOf(LocalDate prepared) {
        return org.attache.core.analysis.CampaignGlance.nextAssembly(ctx.dataset(), prepared);
    }

    /** The latest count of the headline measure by its own definition, unless only an unconfirmed one is left. */
    private java.util.Optional<Paragraph> worldwideHeadline(CountingRule rule) {
        return ctx.dataset().measure(HEADLINE_MEASURE).map(m -> SupportSeries.of(ctx.dataset(), m)).flatMap(s -> {
            List<SeriesPoint> values = s.values().stream()
                    .filter(p -> p.tally().definition() == null && rule.usable(p.tally().evidence())).toList();
            if (values.isEmpty()) return java.util.Optional.empty();
            SeriesPoint last = values.get(values.size() - 1);
            String text = ctx.get("standing.worldwide", last.displayValue(), ctx.unit(s.measure()), ctx.assembly(last.assembly()),
                    last.tally().reportedBy());
            return java.util.Optional.of(Paragraph.of(ctx.marked(text, Caveat.of(last.tally())),
                    ctx.cite(last.sources())));
        });
    }

    /**
     * Up to three facts with figures, one per category (so no two share a measure): cases that concern this country
     * first, then Taiwan's policing record and the campaign's context. Only firm facts stand here (a fact of medium or
     * low confidence stays in its section, with its mark) unless the user asked for unconfirmed items.
     */
    List<KeyFigure> keyFigures(CountingRule rule) {
        return keyFacts(rule).stream()
                .map(f -> new KeyFigure(ctx.figure(f), ctx.text("facts", f.id(), "unit", f.figure().unit()),
                        ctx.marked(ctx.text("facts", f.id(), "statement", f.statement()), Caveat.of(f, ctx.dataset())), ctx.cite(f.sources())))
                .toList();
    }

    /** The facts behind {@link #keyFigures}, in the order they are shown. */
    List<Fact> keyFacts(CountingRule rule) {
        Comparator<Fact> order = Comparator.comparing((Fact f) -> !relevant(f))
                .thenComparing(f -> f.kind() != FactKind.CAPABILITY);
        java.util.Set<String> categories = new java.util.HashSet<>();
        return ctx.dataset().facts().stream()
                .filter(f -> f.figure() != null && rule.firm(f.evidence()))
                .filter(f -> f.kind() == FactKind.CAPABILITY || f.kind() == FactKind.CONTEXT
                        || (f.kind() == FactKind.CASE && relevant(f)))
                .sorted(order)
                .filter(f -> categories.add(f.category()))
                .limit(3)
                .toList();
    }

    private boolean relevant(Fact f) {
        return f.countries().contains(ctx.country().code()) || f.regions().contains(ctx.country().region());
    }

    /** "478" or "5,000+": the figure without its unit. */
    /** What each mark used in the pack means, once, before the sources; nothing when no mark was used. */
    List<Block> legend() {
        List<Paragraph> lines = new ArrayList<>();
        for (Caveat c : Caveat.values()) {
            if (ctx.marked().contains(c)) {
                CaveatWords caveats = CaveatWords.of(ctx.words());
                lines.add(new Paragraph("(" + caveats.mark(c) + ")", caveats.legend(c), List.of(), TextStyle.SMALL));
            }
        }
        if (ctx.citations().citesDescribedTitles()) {
            lines.add(new Paragraph("[ ]", ctx.get("legend.describedTitle"), List.of(), TextStyle.SMALL));
        }
        if (lines.isEmpty()) return List.of();
        return List.of(ctx.heading(2, in -> in.get("legend.heading")), new BulletList(lines));
    }

    /** The pack's own notes; a section with nothing written is left out rather than printed empty. */
    List<Block> notes(PackSection section) {
        String notes = ctx.pack().notes();
        if (notes.isEmpty() && section.notes().isEmpty()) return List.of();
        List<Block> blocks = new ArrayList<>();
        blocks.add(ctx.heading(1, in -> in.get("notes.heading")));
        for (String para : notes.split("\\n\\s*\\n")) {
            if (!para.isBlank()) blocks.add(Paragraph.of(para.strip()));
        }
        return blocks;
    }

    private static String orElse(String s, String fallback) {
        return s == null || s.isEmpty() ? fallback : s;
    }
}
