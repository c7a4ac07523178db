package org.attache.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.core.analysis.Caveat;
import org.attache.core.analysis.CountingRule;
import org.attache.core.document.CaveatWords;
import org.attache.core.model.Ask;
import org.attache.core.model.Assembly;
import org.attache.core.model.ConstitutionArticle;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.model.Fact;
import org.attache.core.model.Organisation;
import org.attache.core.model.Source;
import org.attache.core.model.SupportAction;
import org.attache.core.model.TalkingPoint;
import org.attache.core.pack.BriefLanguage;

/** Any record told in words for a details pane: a title, lines of text, and the sources it cites. */
public record RecordDetails(RecordType type, String id, String title, List<String> lines, List<String> sources) {
    public RecordDetails {
        lines = List.copyOf(lines);
        sources = List.copyOf(sources);
    }

    public static Optional<RecordDetails> of(Dataset d, RecordType type, String id) {
        return switch (type) {
            case COUNTRY -> d.country(id).map(c -> country(c));
            case FACT -> d.fact(id).map(f -> fact(d, f));
            case TALKING_POINT -> d.talkingPoints().stream().filter(t -> t.id().equals(id)).findFirst().map(t -> point(t));
            case ASK -> d.asks().stream().filter(a -> a.id().equals(id)).findFirst().map(a -> ask(a));
            case ACTION -> d.actions().stream().filter(a -> a.id().equals(id)).findFirst().map(a -> action(d, a));
            case ASSEMBLY -> d.assembly(id).map(a -> assembly(a));
            case ORGANISATION -> d.organisation(id).map(o -> new RecordDetails(type, id, o.name(),
                    lines(o.kind() == null ? null : "Kind: " + o.kind().label(), o.note()), List.of()));
            case MEASURE -> d.measure(id).map(m -> new RecordDetails(type, id, m.label(),
                    lines("Counted in " + m.unit() + ".", m.description()), List.of()));
            case ARTICLE -> d.articles().stream().filter(a -> a.id().equals(id)).findFirst().map(a -> article(a));
            case SOURCE -> d.source(id).map(s -> source(s));
        };
    }

    private static RecordDetails country(Country c) {
        String ally = c.diplomaticAlly() == null ? "Not a diplomatic ally of Taiwan."
                : c.diplomaticAlly().isCurrent() ? "A diplomatic ally of Taiwan."
                : "A diplomatic ally of Taiwan until " + c.diplomaticAlly().until() + ".";
        return new RecordDetails(RecordType.COUNTRY, c.code(), c.name(),
                lines(c.region() == null ? null : c.region().label() + (c.subregion() == null ? "" : ", " + c.subregion()), ally),
                c.sources());
    }

    private static RecordDetails fact(Dataset d, Fact f) {
        return new RecordDetails(RecordType.FACT, f.id(), f.title(), lines(f.kind().label()
                + (f.date() == null ? "" : ", " + f.date()), f.statement(),
                f.figure() == null ? null : "Figure: " + f.figure().display(), caveats(Caveat.of(f, d)), f.note(),
                "Confidence: " + f.confidence().label()), f.sources());
    }

    /** "Qualified: reported by MOFA (Taiwan's Ministry ...); ...", or nothing when the record needs no mark. */
    private static String caveats(List<Caveat> caveats) {
        if (caveats.isEmpty()) return null;
        return "Qualified: " + String.join("; ", caveats.stream()
                .map(c -> CAVEATS.mark(c) + " (" + CAVEATS.legend(c) + ")").toList());
    }

    private static RecordDetails point(TalkingPoint t) {
        return new RecordDetails(RecordType.TALKING_POINT, t.id(), t.title() == null ? t.id() : t.title(),
                lines(t.text()), t.sources());
    }

    private static RecordDetails ask(Ask a) {
        return new RecordDetails(RecordType.ASK, a.id(), a.title(), lines(a.summary()), a.sources());
    }

    private static RecordDetails action(Dataset d, SupportAction a) {
        String who = a.country() != null ? d.country(a.country()).map(Country::name).orElse(a.country())
                : d.organisation(a.organisation()).map(Organisation::name).orElse(a.organisation());
        String inSentence = a.country() != null ? d.country(a.country()).map(Country::nameInSentence).orElse(a.country()) : who;
        String when = d.assemblyOf(a).map(Assembly::label).orElse("") + (a.date() == null ? "" : " (" + a.date() + ")");
        return new RecordDetails(RecordType.ACTION, a.id(), who + ": " + a.kind().label().toLowerCase(java.util.Locale.ROOT),
                lines(when, a.actor() == null ? null : a.actor() + (a.actorRole() == null ? "" : ", " + a.actorRole()),
                        a.summary(), a.quote() == null ? null : "\u201c" + a.quote() + "\u201d", caveats(Caveat.of(a)),
                        (CountingRule.STANDARD.counts(a) ? "Counted as an act of " : "Not counted as an act of ") + inSentence
                                + " itself.", a.note()), a.sources());
    }

    private static RecordDetails assembly(Assembly a) {
        return new RecordDetails(RecordType.ASSEMBLY, a.id(), a.label(), lines(
                a.startDate() == null ? null : "From " + a.startDate() + (a.endDate() == null ? "" : " to " + a.endDate()),
                a.note()), a.sources());
    }

    private static RecordDetails article(ConstitutionArticle a) {
        return new RecordDetails(RecordType.ARTICLE, a.id(), a.title() == null ? "Article " + a.number() : a.title(),
                lines(a.text()), a.sources());
    }

    private static RecordDetails source(Source s) {
        return new RecordDetails(RecordType.SOURCE, s.id(), s.title(), lines(s.citation(),
                "Published by: " + s.publisherType().label().toLowerCase(java.util.Locale.ROOT),
                s.titleIsDescription() ? "The title describes the document; it is not its own headline." : null,
                s.url() == null ? "No address recorded." : "Address: " + s.url(),
                s.seed() == null ? null : "Seed document: " + s.seed(), s.note()), List.of());
    }

    private static final CaveatWords CAVEATS = CaveatWords.of(BriefLanguage.ENGLISH);

    private static List<String> lines(String... texts) {
        List<String> lines = new ArrayList<>();
        for (String t : texts) if (t != null && !t.isBlank()) lines.add(t);
        return lines;
    }
}
