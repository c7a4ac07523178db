package org.attache.core.document;

import java.util.ArrayList;
import java.util.List;
import org.attache.core.analysis.Caveat;
import org.attache.core.analysis.CountingRule;
import org.attache.core.model.Addressee;
import org.attache.core.model.Ask;
import org.attache.core.model.ConstitutionArticle;
import org.attache.core.model.Country;
import org.attache.core.model.Fact;
import org.attache.core.model.FactKind;
import org.attache.core.model.TalkingPoint;
import org.attache.core.pack.PackSection;
import org.attache.core.pack.SectionKind;

/** The sections drawn from facts and arguments: the ask, capabilities, cases, talking points, the Constitution. */
final class FactSections {
    private static final List<Integer> CONSTITUTION_ARTICLES = List.of(2, 3);

    private final BriefContext ctx;
    private final StaleMarks stale;

    FactSections(BriefContext ctx, StaleMarks stale) {
        this.ctx = ctx;
        this.stale = stale;
    }

    /** What we ask of the counterpart, by the meeting's kind, then what Taiwan asks of INTERPOL. */
    List<Block> ask() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(ctx.heading(1, in -> in.get("ask.heading")));
        Addressee counterpart = ctx.pack().template().counterpart();
        List<Ask> ofCounterpart = ctx.asks(counterpart);
        if (!ofCounterpart.isEmpty()) {
            blocks.add(ctx.heading(2, in -> in.get("summary.asks." + counterpart.json())));
            for (Ask a : ofCounterpart) {
                blocks.add(new Paragraph(ctx.counterpartAsk(a) + ctx.end(), ctx.text("asks", a.id(), "summary", a.summary()),
                        ctx.cite(a.sources()), TextStyle.BODY).withTranslation(ctx.alsoInEnglish("asks", a.id(),
                        in -> in.counterpartAsk(a) + in.end() + " " + a.summary())));
            }
            blocks.add(ctx.heading(2, in -> in.get("summary.asks")));
        }
        for (Ask a : ctx.asks(Addressee.INTERPOL)) {
            blocks.add(new Paragraph(ctx.text("asks", a.id(), "title", a.title()) + ctx.end(),
                    ctx.text("asks", a.id(), "summary", a.summary()), ctx.cite(a.sources()), TextStyle.BODY)
                    .withTranslation(ctx.alsoInEnglish("asks", a.id(), in -> a.title() + ". " + a.summary())));
        }
        return blocks;
    }

    List<Block> capabilities(PackSection section) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(ctx.heading(1, in -> in.get("capabilities.heading")));
        blocks.add(list(facts(FactKind.CAPABILITY, section)));
        List<Fact> context = facts(FactKind.CONTEXT, section);
        if (!context.isEmpty()) {
            blocks.add(ctx.heading(2, in -> in.get("capabilities.background")));
            blocks.add(list(context));
        }
        return blocks;
    }

    List<Block> cases(PackSection section) {
        String scope = section.option(SectionKind.CASES_SCOPE);
        Country country = ctx.country();
        List<Block> blocks = new ArrayList<>();
        List<Fact> all = facts(FactKind.CASE, section);
        if ("all".equals(scope)) {
            blocks.add(ctx.heading(1, in -> in.get("cases.heading")));
            blocks.add(all.isEmpty() ? Paragraph.styled(ctx.get("cases.none"), TextStyle.SMALL) : list(all));
            return blocks;
        }
        boolean withRegion = "country-and-region".equals(scope);
        List<Fact> relevant = all.stream().filter(f -> f.countries().contains(country.code())
                || (withRegion && inRegion(f))).toList();
        blocks.add(ctx.heading(1, in -> in.get("cases.heading.country", in.inSentence(country))));
        if (!relevant.isEmpty()) {
            if (relevant.stream().noneMatch(f -> f.countries().contains(country.code()))) {
                blocks.add(Paragraph.styled(ctx.get("cases.regionOnly", ctx.inSentence(country)), TextStyle.SMALL));
            }
            blocks.add(list(relevant));
        } else {
            blocks.add(new Callout(ctx.get("cases.noneTitle", ctx.inSentence(country)), ctx.get("cases.noneText")));
            if (!all.isEmpty()) blocks.add(list(all));
        }
        return blocks;
    }

    /** Whether a fact names the country's region, or a country in it. */
    private boolean inRegion(Fact f) {
        var region = ctx.country().region();
        if (f.regions().contains(region)) return true;
        return f.countries().stream().map(ctx.dataset()::country)
                .anyMatch(c -> c.isPresent() && c.get().region() == region);
    }

    /**
     * The points that suit the country, each marked with the caveats of the facts it rests on. A point resting on
     * an unconfirmed fact is left out unless the user ticked unconfirmed items in; a point resting on a series
     * gets a sentence worked out from the series now, never a trend written in advance.
     */
    List<Block> talkingPoints(PackSection section) {
        Country country = ctx.country();
        CountingRule rule = ctx.rule(section);
        boolean all = "all".equals(section.option(SectionKind.POINTS));
        List<Block> blocks = new ArrayList<>();
        blocks.add(ctx.heading(1, in -> all ? in.get("points.heading")
                : in.get("points.heading.country", in.inSentence(country))));
        List<Paragraph> items = new ArrayList<>();
        for (TalkingPoint p : ctx.dataset().talkingPoints()) {
            if (p.isDefensive() || (!all && !p.suits().suits(country))) continue;
            List<Fact> facts = p.facts().stream().map(ctx.dataset()::fact).flatMap(java.util.Optional::stream).toList();
            if (!facts.stream().allMatch(f -> rule.usable(f.evidence()))) continue;
            List<String> factSources = facts.stream().flatMap(f -> f.sources().stream()).toList();
            // a talking point is Taiwan's own argument: what it must carry is the doubt in the facts under it
            List<Caveat> caveats = facts.stream().flatMap(f -> Caveat.of(f, ctx.dataset()).stream())
                    .filter(c -> c != Caveat.REPORTED_BY_TAIWAN).distinct().toList();
            Point point = point(ctx, p, caveats);
            String english = ctx.alsoInEnglish("talkingPoints", p.id(), in -> {
                Point e = point(in, p, caveats);
                return e.title().isEmpty() ? e.text() : e.title() + " " + e.text();
            });
            items.add(new Paragraph(point.title(), point.text(), ctx.cite(p.sources(), factSources, point.seriesSources()),
                    TextStyle.BODY, english));
        }
        if (items.isEmpty()) {
            blocks.add(Paragraph.styled(ctx.get("points.none", ctx.inSentence(country)), TextStyle.SMALL));
            return blocks;
        }
        blocks.add(new BulletList(items));
        return blocks;
    }

    /** A talking point as a brief says it: its title, its text with its caveats' marks and its series' sentence. */
    private record Point(String title, String text, List<String> seriesSources) {
    }

    private static Point point(BriefContext in, TalkingPoint p, List<Caveat> caveats) {
        String text = in.marked(in.text("talkingPoints", p.id(), "text", p.text()), caveats);
        List<String> seriesSources = List.of();
        if (p.series() != null) {
            var claim = new SeriesSentence(in).about(p.series());
            if (claim.isPresent()) {
                text = text + in.space() + claim.get().text();
                seriesSources = claim.get().sources();
            }
        }
        String title = p.title() == null ? "" : in.text("talkingPoints", p.id(), "title", p.title()) + in.end();
        return new Point(title, text, seriesSources);
    }

    /** What the counterpart may say, each with our answer and its sources; left out when none suits the country. */
    List<Block> defensiveLines() {
        List<TalkingPoint> lines = ctx.dataset().talkingPoints().stream()
                .filter(p -> p.isDefensive() && p.suits().suits(ctx.country())).toList();
        if (lines.isEmpty()) return List.of();
        List<Block> blocks = new ArrayList<>();
        blocks.add(ctx.heading(1, in -> in.get("defensive.heading")));
        for (TalkingPoint p : lines) {
            List<String> factSources = p.facts().stream().map(ctx.dataset()::fact).flatMap(java.util.Optional::stream)
                    .flatMap(f -> f.sources().stream()).toList();
            blocks.add(new Paragraph(ctx.get("defensive.theySay"), ctx.text("talkingPoints", p.id(), "objection", p.objection()),
                    ctx.cite(factSources), TextStyle.BODY, ctx.alsoInEnglish("talkingPoints", p.id(), in -> p.objection())));
            blocks.add(new Paragraph(ctx.get("defensive.weSay"), ctx.text("talkingPoints", p.id(), "text", p.text()),
                    ctx.cite(p.sources()), TextStyle.BODY, ctx.alsoInEnglish("talkingPoints", p.id(), in -> p.text())));
        }
        return blocks;
    }

    /** The statement, followed by the dataset's note on why it is in doubt when it is not fully confirmed. */
    private String withDoubt(Fact f) {
        boolean doubtful = f.confidence() != org.attache.core.model.Confidence.HIGH && f.note() != null;
        String statement = ctx.text("facts", f.id(), "statement", f.statement());
        // the dataset's notes are in English only: in a brief of another language they are marked as such
        String note = ctx.english() || !doubtful ? f.note() : f.note() + ctx.get("untranslated");
        return doubtful ? statement + ctx.space() + note : statement;
    }

    List<Block> constitution() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(ctx.heading(1, in -> in.get("constitution.heading")));
        for (ConstitutionArticle a : ctx.dataset().articles()) {
            if (!CONSTITUTION_ARTICLES.contains(a.number())) continue;
            blocks.add(ctx.heading(2, in -> articleTitle(in, a)));
            // the Constitution is quoted in its English text; a brief in another language marks it as such
            blocks.add(new Paragraph("", ctx.text("articles", a.id(), "text", a.text()), ctx.cite(a.sources()),
                    TextStyle.QUOTE));
        }
        return blocks;
    }

    /** "Article 2: aims" as the dataset titles it, or "第2條：宗旨" where it gives the title in the brief's language. */
    private static String articleTitle(BriefContext in, ConstitutionArticle a) {
        String title = in.text("articles", a.id(), "title", a.title() == null ? "" : a.title());
        boolean numbered = title.startsWith("Article") || title.startsWith("\u7b2c" + a.number());
        return numbered ? title : in.get("constitution.article", a.number(), title);
    }

    /** The facts of a kind, without those in doubt when the section leaves them out. */
    private List<Fact> facts(FactKind kind, PackSection section) {
        boolean firmOnly = SectionKind.LEAVE_OUT.equals(section.option(SectionKind.DOUBTFUL));
        return ctx.dataset().facts().stream().filter(f -> f.kind() == kind)
                .filter(f -> !firmOnly || f.confidence() == org.attache.core.model.Confidence.HIGH).toList();
    }

    private BulletList list(List<Fact> facts) {
        return new BulletList(facts.stream()
                .map(f -> new Paragraph(ctx.text("facts", f.id(), "title", f.title()) + ctx.end(), ctx.marked(withDoubt(f),
                        Caveat.of(f, ctx.dataset())) + stale.replaced(f),
                        ctx.cite(f.sources()), TextStyle.BODY))
                .toList());
    }
}
