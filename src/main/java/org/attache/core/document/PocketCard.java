package org.attache.core.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.attache.core.analysis.CountingRule;
import org.attache.core.analysis.CountryTimeline;
import org.attache.core.document.SourceList.SourceNote;
import org.attache.core.model.Addressee;
import org.attache.core.model.Ask;
import org.attache.core.model.TalkingPoint;

/**
 * One page to carry into the meeting: where the country stands, what we ask of this counterpart and of INTERPOL,
 * up to three talking points, two figures and one defensive line, then the marks and sources they use (without
 * web addresses, which the full pack gives). {@code fewer} drops the least needed items, for a page that must
 * not run over.
 */
final class PocketCard {
    private final BriefContext ctx;
    private final FrontMatter front;

    PocketCard(BriefContext ctx, FrontMatter front) {
        this.ctx = ctx;
        this.front = front;
    }

    /**
     * The card's blocks; {@code fewer} from 0 (everything) up drops the second figure, the line of what Taiwan asks
     * of INTERPOL (the objective already names it), a point, the defensive line, another point, then the last figure.
     */
    List<Block> blocks(int fewer, java.time.LocalDate prepared) {
        int figureCount = fewer >= 6 ? 0 : fewer >= 1 ? 1 : 2;
        boolean interpolAsks = fewer < 2;
        int pointCount = fewer >= 5 ? 1 : fewer >= 3 ? 2 : 3;
        boolean defensive = fewer < 4;
        List<Block> blocks = new ArrayList<>();
        blocks.add(ctx.heading(1, in -> in.get("card.heading", in.name(in.country()))));
        blocks.add(new BottomLine(ctx.get("bottom.title"), List.of(front.objective(prepared))));
        blocks.add(compact(front.standing()));
        CountryTimeline timeline = CountryTimeline.of(ctx.dataset(), ctx.country());
        // the latest acts carry their sources and, when all of them share one, their mark, as in the full pack
        blocks.add(timeline.latestWithActions()
                .map(r -> compact(Paragraph.of(ctx.marked(ctx.get("card.record", timeline.totalActions(), ctx.assembly(r.assembly())),
                                FrontMatter.sharedCaveats(r)) + ctx.end(),
                        ctx.cite(r.counted().stream().flatMap(a -> a.sources().stream()).toList()))))
                .orElse(compact(Paragraph.of(ctx.get("standing.noRecord", ctx.inSentence(ctx.country()))))));

        List<Paragraph> asks = new ArrayList<>();
        for (Ask a : ctx.asks(ctx.pack().template().counterpart())) {
            asks.add(compact(Paragraph.of(ctx.counterpartAsk(a), ctx.cite(a.sources()))));
        }
        List<Ask> ofInterpol = ctx.asks(Addressee.INTERPOL);
        if (interpolAsks) asks.add(new Paragraph(ctx.get("card.ofInterpol"), String.join(ctx.semicolon(), ofInterpol.stream().map(a -> ctx.text("asks", a.id(), "title", a.title())).toList()),
                ctx.cite(ofInterpol.stream().flatMap(a -> a.sources().stream()).toList()), TextStyle.COMPACT));
        blocks.add(ctx.heading(3, in -> in.get("card.ask")));
        blocks.add(new BulletList(asks));

        List<Paragraph> points = points(pointCount).stream()
                .map(p -> new Paragraph("", p.title() == null ? ctx.text("talkingPoints", p.id(), "text", p.text())
                        : ctx.text("talkingPoints", p.id(), "title", p.title()), ctx.cite(p.sources()), TextStyle.COMPACT))
                .toList();
        if (!points.isEmpty()) {
            blocks.add(ctx.heading(3, in -> in.get("card.say")));
            blocks.add(new BulletList(points));
        }

        List<Paragraph> figures = front.keyFigures(CountingRule.STANDARD).stream().limit(figureCount)
                .map(f -> new Paragraph(f.phrase() + ctx.end(), f.text(), f.citations(), TextStyle.COMPACT))
                .toList();
        if (!figures.isEmpty()) {
            blocks.add(ctx.heading(3, in -> in.get("card.figures")));
            blocks.add(new BulletList(figures));
        }

        if (defensive) {
            ctx.dataset().talkingPoints().stream().filter(p -> p.isDefensive() && p.suits().suits(ctx.country()))
                    .findFirst().ifPresent(line -> {
                        blocks.add(ctx.heading(3, in -> in.get("defensive.heading")));
                        blocks.add(new Paragraph(ctx.get("defensive.theySay"),
                                ctx.text("talkingPoints", line.id(), "objection", line.objection()), List.of(), TextStyle.COMPACT));
                        blocks.add(new Paragraph(ctx.get("defensive.weSay"), line.text(), ctx.cite(line.sources()),
                                TextStyle.COMPACT));
                    });
        }

        blocks.add(ctx.heading(3, in -> in.get("sources.heading")));
        // the marks' meanings run on in one small paragraph: a card has no room for a list of them
        List<String> marks = front.legend().stream().filter(b -> b instanceof BulletList)
                .flatMap(b -> ((BulletList) b).items().stream()).map(p -> p.label() + " " + p.text()).toList();
        if (!marks.isEmpty()) blocks.add(Paragraph.styled(String.join("  ", marks), TextStyle.SMALL));
        List<SourceNote> notes = ctx.citations().notes().stream()
                .map(n -> new SourceNote(n.number(), n.citation(), null)).toList();
        blocks.add(new SourceList(notes, true));
        return blocks;
    }

    private static Paragraph compact(Paragraph p) {
        return new Paragraph(p.label(), p.text(), p.citations(), TextStyle.COMPACT);
    }

    /** Talking points that suit the country, those written for it or its region first, resting on usable facts. */
    private List<TalkingPoint> points(int count) {
        CountingRule rule = CountingRule.STANDARD;
        return ctx.dataset().talkingPoints().stream()
                .filter(p -> !p.isDefensive() && p.suits().suits(ctx.country()))
                .filter(p -> p.facts().stream().map(ctx.dataset()::fact).flatMap(java.util.Optional::stream)
                        .allMatch(f -> rule.usable(f.evidence())))
                .sorted(Comparator.comparing(p -> p.suits().all()))
                .limit(count)
                .toList();
    }
}
