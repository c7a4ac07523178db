package org.attache.core.document;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.attache.core.analysis.Caveat;
import org.attache.core.analysis.CountingRule;
import org.attache.core.analysis.CountryTimeline;
import org.attache.core.analysis.PackUniverse;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.pack.BriefLanguage;
import org.attache.core.pack.Pack;
import org.attache.core.pack.PackSection;
import org.attache.core.pack.SectionKind;

/**
 * What every section composer reads: the dataset, the pack, its country, its words, the shared citations, and the
 * caveats marked so far, so the legend lists exactly the marks the pack uses.
 */
record BriefContext(Dataset dataset, Pack pack, Country country, CountryTimeline timeline, BriefWords words,
                    Citations citations, Set<Caveat> marked, FirstMentions mentions, BriefContext inEnglish) {

    static BriefContext of(Dataset dataset, Pack pack) {
        Country country = dataset.country(pack.country()).orElseThrow(() -> new IllegalArgumentException(
                "the dataset has no country with code \"" + pack.country() + "\""));
        PackUniverse.refusal(country).ifPresent(reason -> {
            throw new IllegalArgumentException("no briefing pack is made for " + country.name() + ": " + reason);
        });
        CountryTimeline timeline = CountryTimeline.of(dataset, country);
        Citations citations = new Citations(dataset);
        Set<Caveat> marked = EnumSet.noneOf(Caveat.class);
        BriefContext english = pack.language() != BriefLanguage.BILINGUAL ? null
                : new BriefContext(dataset, pack.withLanguage(BriefLanguage.ENGLISH), country, timeline,
                        BriefWords.of(BriefLanguage.ENGLISH), citations, marked, new FirstMentions(), null);
        return new BriefContext(dataset, pack, country, timeline, BriefWords.of(pack.language()), citations, marked,
                new FirstMentions(), english);
    }

    // ------------------------------------------------------------ the second language of a bilingual brief

    /**
     * A heading in the brief's language, and in a bilingual brief its English too; {@code text} is asked once of
     * this context and once of its English twin. Names in a heading are never bracketed: its English says them.
     */
    Heading heading(int level, Function<BriefContext, String> text) {
        String main = mentions.withoutIntroducing(() -> text.apply(this));
        return new Heading(level, main, inEnglish == null ? "" : text.apply(inEnglish));
    }

    /**
     * In a bilingual brief, the English of a record's text shown in Chinese (what is to be said in the meeting, to be
     * read out in English); empty in a brief of one language, and when the dataset gives the record no Chinese, so
     * that its English already shows, marked.
     */
    String alsoInEnglish(String list, String id, Function<BriefContext, String> text) {
        if (inEnglish == null || !dataset.translations().has(pack.language().tag(), list, id)) return "";
        return text.apply(inEnglish);
    }

    List<Integer> cite(List<String> sources) {
        return citations.cite(sources);
    }

    /** Sources of several lists at once, e.g. a talking point's own and those of the facts it rests on. */
    @SafeVarargs
    final List<Integer> cite(List<String>... sources) {
        List<String> all = new ArrayList<>();
        for (List<String> s : sources) all.addAll(s);
        return citations.cite(all);
    }

    String get(String key, Object... args) {
        String text = words.get(key, args);
        mentions.keepPrinted(text, args);
        return text;
    }

    /** A sentence's end: "." in English, "。" in Chinese. */
    String end() {
        return get("punct.end");
    }

    /** Between the items of a run-on list: "; " in English, "；" in Chinese. */
    String semicolon() {
        return get("punct.semicolon");
    }

    /** Between two sentences: a space in English, nothing in Chinese. */
    String space() {
        return get("punct.space");
    }

    // ------------------------------------------------------------ the dataset's texts in the pack's language

    boolean english() {
        return pack.language() == BriefLanguage.ENGLISH;
    }

    /** The dataset's translation of a field into the brief's language, or null. */
    private String translated(String list, String id, String field) {
        return dataset.translations().text(pack.language().tag(), list, id, field);
    }

    /**
     * A text of the dataset in the pack's language: its translation when the dataset gives one, else the English,
     * marked "〔英文〕" in a brief of another language so that the reader knows.
     */
    String text(String list, String id, String field, String english) {
        if (english == null || english.isBlank() || english()) return english;
        String given = translated(list, id, field);
        return given != null ? given : english + get("untranslated");
    }

    /** A name in the pack's language, or the English one unmarked (a name reads the same in any script). */
    String name(String list, String id, String field, String english) {
        if (english == null || english()) return english;
        String given = translated(list, id, field);
        return given != null ? given : english;
    }

    /** A country's name; in a bilingual brief, followed by its English in brackets where the brief first names it. */
    String name(Country c) {
        return mentions.introduce("countries/" + c.code(), name("countries", c.code(), "name", c.name()), c.name(),
                inEnglish != null);
    }

    /** The country's name as a sentence uses it ("the Netherlands"); in Chinese, its name. */
    String inSentence(Country c) {
        if (english()) return c.nameInSentence();
        String given = translated("countries", c.code(), "nameInSentence");
        return given == null ? name(c)
                : mentions.introduce("countries/" + c.code(), given, c.name(), inEnglish != null);
    }

    String name(org.attache.core.model.Organisation o) {
        return mentions.introduce("organisations/" + o.id(), name("organisations", o.id(), "name", o.name()), o.name(),
                inEnglish != null);
    }

    /** "94th General Assembly, Hong Kong, 2026", or in Chinese "第94屆國際刑警組織大會（香港，2026年）". */
    String assembly(org.attache.core.model.Assembly a) {
        if (!a.held()) return get("assembly.none", a.year());
        return get("assembly.label", org.attache.core.model.Assembly.ordinal(a.session()),
                name("assemblies", a.id(), "city", a.city()), a.year(), a.session());
    }

    /** "91st, Vienna (2023)": an assembly in a narrow column. */
    String assemblyPlace(org.attache.core.model.Assembly a) {
        if (!a.held()) return get("assembly.none", a.year());
        return get("assembly.place", org.attache.core.model.Assembly.ordinal(a.session()),
                name("assemblies", a.id(), "city", a.city()), a.year(), a.session());
    }

    /** "Executive statement", or its words in the pack's language. */
    String kind(org.attache.core.model.ActionKind kind) {
        return words.kind(kind);
    }

    /** "91st (2023)": short enough for a table or a list of values. */
    String assemblyShort(org.attache.core.model.Assembly a) {
        if (!a.held()) return get("assembly.short.none", a.year());
        return get("assembly.short", org.attache.core.model.Assembly.ordinal(a.session()), a.city(), a.year(), a.session());
    }

    /** "Ministerial meeting", or its words in the pack's language ("template.ministerial"). */
    String template() {
        String key = "template." + pack.template().json();
        return words.has(key) ? get(key) : pack.template().label();
    }

    /** The words the brief's charts are drawn with: English ones, or the brief's language's. */
    org.attache.core.chart.ChartWords chartWords() {
        if (english()) return org.attache.core.chart.ChartWords.ENGLISH;
        return words.chartWords().naming(this::label, this::unit, m -> text("measures", m.id(), "description", m.description()), this::kind,
                c -> name("countries", c.code(), "name", c.name()), this::definition);
    }

    /** What a count counted ("allies that spoke at the Assembly"), in the brief's language where the dataset gives it. */
    private String definition(String english) {
        for (org.attache.core.model.Tally t : dataset.tallies()) {
            if (english.equals(t.definition())) return name("tallies", t.id(), "definition", english);
        }
        return english;
    }

    /** A fact's figure without its unit: "23 million" in English, "2,300萬" in Chinese; "+" for a lower bound. */
    String figure(org.attache.core.model.Fact f) {
        String display = f.figure().display();
        if (english()) return display.substring(0, display.length() - f.figure().unit().length() - 1);
        double v = f.figure().value();
        java.text.DecimalFormat n = new java.text.DecimalFormat("#,##0.###",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        String number = v >= 1e8 && v % 1e7 == 0 ? n.format(v / 1e8) + "\u5104"
                : v >= 1e4 && v % 1e3 == 0 ? n.format(v / 1e4) + "\u842c" : n.format(v);
        return number + (f.figure().lowerBound() ? "+" : "");
    }

    String label(org.attache.core.model.Measure m) {
        return name("measures", m.id(), "label", m.label());
    }

    String unit(org.attache.core.model.Measure m) {
        return name("measures", m.id(), "unit", m.unit());
    }

    /** The text followed by its caveats' marks, " (reported by MOFA; INTERPOL not named)"; noted for the legend. */
    String marked(String text, List<Caveat> caveats) {
        if (caveats.isEmpty()) return text;
        marked.addAll(caveats);
        return CaveatWords.of(words).marked(text, caveats);
    }

    /** The asks for one addressee, in their order. */
    List<org.attache.core.model.Ask> asks(org.attache.core.model.Addressee addressee) {
        return dataset.asks().stream().filter(a -> a.addressee() == addressee).toList();
    }

    /** An ask to the counterpart, with ", as Paraguay did at the 93rd …" when the country acted there last time. */
    /** Whether the country's own acts include one at the latest Assembly held. */
    boolean actedAtLatestSession() {
        return timeline.actedAtLatestSession(dataset).isPresent();
    }

    String counterpartAsk(org.attache.core.model.Ask a) {
        if (!a.atAssembly()) return text("asks", a.id(), "title", a.title());
        return timeline.actedAtLatestSession(dataset)
                .map(assembly -> text("asks", a.id(), "title", a.title()) + get("ask.again", inSentence(country),
                        assembly(assembly)))
                .orElse(text("asks", a.id(), "title", a.title()));
    }

    /** The counting rule a section asks for: unconfirmed records only when the user ticked them in. */
    CountingRule rule(PackSection section) {
        boolean include = section.kind().options().stream().anyMatch(o -> o.key().equals(SectionKind.UNCONFIRMED))
                && SectionKind.INCLUDE.equals(section.option(SectionKind.UNCONFIRMED));
        return new CountingRule(include);
    }
}
