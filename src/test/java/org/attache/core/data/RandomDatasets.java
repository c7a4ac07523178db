package org.attache.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.attache.core.model.ActionKind;
import org.attache.core.model.Addressee;
import org.attache.core.model.Ask;
import org.attache.core.model.Assembly;
import org.attache.core.model.Attribution;
import org.attache.core.model.Confidence;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.model.DiplomaticAlly;
import org.attache.core.model.Evidence;
import org.attache.core.model.Fact;
import org.attache.core.model.Figure;
import org.attache.core.model.PartialDate;
import org.attache.core.model.PublisherType;
import org.attache.core.model.Region;
import org.attache.core.model.Scope;
import org.attache.core.model.Source;
import org.attache.core.model.SourceKind;
import org.attache.core.model.Suits;
import org.attache.core.model.SupportAction;
import org.attache.core.model.TalkingPoint;
import org.attache.core.model.Tally;

/**
 * Valid datasets made at random from a real one: the records and their references are kept, and every optional
 * field is set or left out at random, with odd characters (quotes, backslashes, line breaks, emoji, Chinese,
 * escapes) and numbers at the edges of their ranges. The same seed gives the same dataset.
 */
public final class RandomDatasets {
    private static final String[] PIECES = {"Riga", "Taiwan\u2019s", "\"quoted\"", "back\\slash", "line\nbreak",
            "tab\there", "\u4e2d\u83ef\u6c11\u570b", "\ud83d\ude00", "\u00e9\u0101", "<tag>", "a/b", "100%", "\u0007bell",
            "   spaced   ", "{json}", "[list]", "\u2028"};
    private final Random random;

    public RandomDatasets(long seed) {
        this.random = new Random(seed);
    }

    public Dataset variantOf(Dataset d) {
        return withTranslations(variantRecords(d));
    }

    /** Texts in Traditional Chinese for some of the countries, actions and measures. */
    private Dataset withTranslations(Dataset d) {
        java.util.Map<String, java.util.Map<String, java.util.Map<String, String>>> lists = new java.util.LinkedHashMap<>();
        java.util.Map<String, java.util.Map<String, String>> countries = new java.util.LinkedHashMap<>();
        for (Country c : d.countries()) if (random.nextInt(4) == 0) countries.put(c.code(), java.util.Map.of("name", text()));
        java.util.Map<String, java.util.Map<String, String>> actions = new java.util.LinkedHashMap<>();
        for (SupportAction a : d.actions()) {
            if (random.nextInt(5) == 0) actions.put(a.id(), java.util.Map.of("summary", text(), "actor", text()));
        }
        if (!countries.isEmpty()) lists.put("countries", countries);
        if (!actions.isEmpty()) lists.put("actions", actions);
        return d.withTranslations(new org.attache.core.model.Translations(
                java.util.Map.of(org.attache.core.model.Translations.TRADITIONAL_CHINESE, lists)));
    }

    private Dataset variantRecords(Dataset d) {
        return new Dataset(text(), maybe(this::date), d.sources().stream().map(this::source).toList(),
                d.assemblies().stream().map(this::assembly).toList(), d.countries().stream().map(this::country).toList(),
                d.organisations(), d.measures(), d.actions().stream().map(this::action).toList(),
                d.tallies().stream().map(this::tally).toList(), d.facts().stream().map(this::fact).toList(),
                d.asks().stream().map(this::ask).toList(), d.talkingPoints().stream().map(this::talkingPoint).toList(),
                d.articles());
    }

    private Source source(Source s) {
        return new Source(s.id(), text(), text(), maybe(this::text), maybe(this::date), maybe(this::text),
                maybe(this::text), random.nextBoolean() ? "en" : "zh-Hant", maybe(() -> pick(SourceKind.values())),
                pick(PublisherType.values()), random.nextBoolean(), maybe(this::text));
    }

    private Assembly assembly(Assembly a) {
        return new Assembly(a.id(), a.year(), a.held(), a.session(), a.held() ? text() : maybe(this::text),
                a.hostCountry(), a.startDate(), a.endDate(), random.nextBoolean() ? List.of() : List.of(line(), line()),
                maybe(this::text), a.sources());
    }

    private Country country(Country c) {
        DiplomaticAlly ally = c.diplomaticAlly() == null ? null : new DiplomaticAlly(maybe(this::date),
                maybe(this::date), maybe(this::text), c.diplomaticAlly().sources());
        return new Country(c.code(), text(), maybe(this::text), c.region(), maybe(this::text), random.nextBoolean(), ally,
                c.sources());
    }

    private SupportAction action(SupportAction a) {
        return new SupportAction(a.id(), a.country(), a.organisation(), a.assembly(), a.assembly() == null ? a.date()
                : maybe(this::date), text(), maybe(this::text), a.actorType(), pick(ActionKind.values()), text(),
                maybe(this::text), evidence(), maybe(this::text), a.sources());
    }

    private Tally tally(Tally t) {
        double value = random.nextBoolean() ? random.nextInt(1000) : 1_000_000_000;
        return new Tally(t.id(), t.assembly(), t.measure(), value, random.nextBoolean(), text(), maybe(this::date),
                t.interim(), maybe(this::text), maybe(this::text), t.countries(), evidence(),
                maybe(this::text), t.sources());
    }

    private Fact fact(Fact f) {
        Figure figure = maybe(() -> new Figure(pick(new Double[] {0.0, 2.5, 478.0, 1e12, 0.125, 23_000_000.0}), text(),
                random.nextBoolean()));
        List<Region> regions = random.nextBoolean() ? List.of() : List.of(pick(Region.values()));
        return new Fact(f.id(), f.kind(), text(), text(), text(), figure, maybe(this::date), f.assembly(), f.countries(),
                regions, evidence(), maybe(this::text), f.sources());
    }

    private Ask ask(Ask a) {
        return new Ask(a.id(), a.order(), text(), text(), pick(Addressee.values()), random.nextBoolean(), a.sources());
    }

    private TalkingPoint talkingPoint(TalkingPoint p) {
        Suits suits = new Suits(random.nextBoolean(), random.nextBoolean() ? List.of() : List.of("LV", "PY"),
                random.nextBoolean() ? List.of() : List.of(pick(Region.values())), random.nextBoolean());
        return new TalkingPoint(p.id(), text(), text(), suits, p.facts(), p.series(), maybe(this::text), p.sources());
    }

    private Evidence evidence() {
        return new Evidence(pick(Attribution.values()), pick(Scope.values()), pick(Confidence.values()));
    }

    private String text() {
        int n = 1 + random.nextInt(4);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) parts.add(pick(PIECES));
        String text = String.join(" ", parts);
        return text.isBlank() ? "x" : text;
    }

    /** Text on one line, as an entry of a list (an agenda item) always is. */
    private String line() {
        return text().replaceAll("[\\n\\u2028]", " ").strip().replaceAll("^$", "x");
    }

    private PartialDate date() {
        int year = 1914 + random.nextInt(187);
        return switch (random.nextInt(3)) {
            case 0 -> new PartialDate(year, 0, 0);
            case 1 -> new PartialDate(year, 1 + random.nextInt(12), 0);
            default -> new PartialDate(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        };
    }

    private <T> T maybe(java.util.function.Supplier<T> value) {
        return random.nextInt(3) == 0 ? null : value.get();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
