package org.attache.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.attache.core.model.ActionKind;
import org.attache.core.model.ActorType;
import org.attache.core.model.Attribution;
import org.attache.core.model.Dataset;
import org.attache.core.model.Fact;
import org.attache.core.model.PublisherType;
import org.attache.core.model.Source;
import org.attache.core.model.SupportAction;
import org.attache.core.model.TalkingPoint;
import org.attache.core.model.Tally;

/**
 * Reads a dataset as a sceptical reader would and lists what could make a brief overstate: trend words in a talking
 * point that no series backs, a talking point resting on a doubtful or third-party fact, sources a reader could not find or that
 * look like headlines but are our descriptions, statements without a date, and a country's "action" that rests on
 * someone else's word. Each finding names its record and field, so the reader of a dataset can place it.
 */
public final class TruthCheck {
    private static final Pattern TREND_WORDS = Pattern.compile(
            "\\b(grow(s|ing)?|growth|increas(e|es|ing)|rising|more and more|more than ever|every year|each year)\\b");
    private static final Pattern DESCRIPTION_TITLE = Pattern.compile(
            "^(report|statement|press release|release|announcement|opinion article|article|op-ed|mid-assembly statement)\\b.*\\b(on|of|about|citing|urging)\\b.*");

    private final Dataset dataset;
    private final List<Finding> findings = new ArrayList<>();

    private TruthCheck(Dataset dataset) {
        this.dataset = dataset;
    }

    public static List<Finding> of(Dataset dataset) {
        TruthCheck check = new TruthCheck(dataset);
        check.run();
        return List.copyOf(check.findings);
    }

    private void run() {
        dataset.talkingPoints().forEach(this::checkTalkingPoint);
        dataset.sources().forEach(this::checkSource);
        dataset.actions().forEach(this::checkAction);
        for (Tally t : dataset.tallies()) {
            if (t.date() == null) add(t, "date", "tally \"" + t.id() + "\" has no date of report");
        }
        for (Fact f : dataset.facts()) {
            if (f.date() == null) add(f, "date", "fact \"" + f.id() + "\" has no date");
        }
    }

    private void checkTalkingPoint(TalkingPoint p) {
        var trend = TREND_WORDS.matcher((p.title() == null ? "" : p.title()) + " " + p.text());
        if (trend.find()) {
            add(p, p.series() == null ? "text" : "series", "talking point \"" + p.id() + "\" says \"" + trend.group()
                    + "\": a claim about the numbers must be worked out from a series, not written in the text; "
                    + "give the point a \"series\" and take the claim out of its words");
        }
        if (p.series() != null && dataset.measure(p.series()).isEmpty()) {
            add(p, "series", "talking point \"" + p.id() + "\" rests on an unknown measure \"" + p.series() + "\"");
        }
        // a defensive line's facts are what the other side cites, not claims of ours to qualify
        for (String id : p.isDefensive() ? List.<String>of() : p.facts()) {
            dataset.fact(id).ifPresent(f -> {
                // Taiwan's own account of its own record is what a talking point argues from; doubt is what matters
                List<Caveat> caveats = Caveat.of(f, dataset).stream().filter(c -> c != Caveat.REPORTED_BY_TAIWAN).toList();
                if (!caveats.isEmpty()) {
                    add(p, "facts", "talking point \"" + p.id() + "\" rests on fact \"" + f.id() + "\", which is qualified ("
                            + describe(caveats) + "); its text states it without that qualification, so the brief marks it");
                }
            });
        }
    }

    private void checkSource(Source s) {
        if (s.url() == null && s.seed() == null) {
            add(s, "url", "source \"" + s.id() + "\" has no address: a reader cannot look it up");
        }
        if (!s.publisherKnown()) add(s, "publisher", "source \"" + s.id() + "\" has no known publisher");
        if (!s.titleIsDescription() && DESCRIPTION_TITLE.matcher(s.title().toLowerCase(Locale.ROOT)).matches()) {
            add(s, "title", "source \"" + s.id() + "\" has a title that reads like our description (\"" + s.title()
                    + "\"); if it is not the document's own headline, set \"titleIsDescription\": true");
        }
    }

    private void checkAction(SupportAction a) {
        if (a.kind() == ActionKind.MENTION) return;  // a mention is someone else's word, dated by its source
        if (a.date() == null) add(a, "date", "action \"" + a.id() + "\" has no date");
        if (a.country() == null) return;
        boolean thirdPartySources = !a.sources().isEmpty() && a.sources().stream().map(dataset::source)
                .allMatch(s -> s.isPresent() && (s.get().publisherType() == PublisherType.THINK_TANK
                        || s.get().publisherType() == PublisherType.ADVOCACY));
        if (a.actorType() == ActorType.NON_GOVERNMENT) {
            add(a, "actorType", "action \"" + a.id() + "\" is filed under " + a.country() + " but its actor is not "
                    + "the government; it is shown but not counted as the country's act");
        } else if (a.attribution() == Attribution.THIRD_PARTY || thirdPartySources) {
            add(a, "attribution", "action \"" + a.id() + "\" is filed under " + a.country() + " but rests on a third "
                    + "party's word; it is shown but not counted as the country's act");
        }
    }

    private static String describe(List<Caveat> caveats) {
        return String.join(", ", caveats.stream().map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList());
    }

    private void add(Object record, String field, String message) {
        findings.add(new Finding(record, field, message));
    }
}
