package org.attache.core.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.attache.core.data.json.JsonPath;
import org.attache.core.data.json.JsonTreeParser;
import org.attache.core.data.json.JsonValue;
import org.attache.core.data.json.JsonValue.JsonArray;
import org.attache.core.data.json.JsonValue.JsonObject;
import org.attache.core.data.json.TextPosition;
import org.attache.core.model.ActionKind;
import org.attache.core.model.ActorType;
import org.attache.core.model.Addressee;
import org.attache.core.model.Attribution;
import org.attache.core.model.Ask;
import org.attache.core.model.Assembly;
import org.attache.core.model.Confidence;
import org.attache.core.model.ConstitutionArticle;
import org.attache.core.model.Change;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.model.DiplomaticAlly;
import org.attache.core.model.Evidence;
import org.attache.core.model.Fact;
import org.attache.core.model.FactKind;
import org.attache.core.model.Figure;
import org.attache.core.model.Measure;
import org.attache.core.model.Organisation;
import org.attache.core.model.PublisherType;
import org.attache.core.model.OrganisationKind;
import org.attache.core.model.Region;
import org.attache.core.model.Scope;
import org.attache.core.model.Source;
import org.attache.core.model.SourceKind;
import org.attache.core.model.Suits;
import org.attache.core.model.SupportAction;
import org.attache.core.model.TalkingPoint;
import org.attache.core.model.Tally;

/**
 * Turns parsed JSON into model records, record by record as the parser hands them over, so a large file is never
 * held whole. A record with a missing or mistyped field is reported and left out; the rest of the file is still
 * read, so every problem is found in one pass.
 */
final class DatasetMapper implements JsonTreeParser.TopLevelHandler {
    private final Problems problems;
    /** Where each record came from, so later checks can point at it. */
    private final Map<Object, JsonPath> paths = new IdentityHashMap<>(200_000);
    /** The lists of the format, in the order the dataset lists them, each with how to read one record. */
    private final Map<String, Function<RecordFields, ?>> readers = new LinkedHashMap<>();
    private final Map<String, List<Object>> lists = new HashMap<>();
    private boolean unsupportedVersion;
    /** The file's schemaVersion as soon as it is read; a version-1 file is read with {@link Version1Defaults}. */
    private int version = Dataset.SCHEMA_VERSION;

    DatasetMapper(Problems problems) {
        this.problems = problems;
        readers.put("sources", this::source);
        readers.put("assemblies", this::assembly);
        readers.put("countries", this::country);
        readers.put("organisations", this::organisation);
        readers.put("measures", this::measure);
        readers.put("actions", this::action);
        readers.put("tallies", this::tally);
        readers.put("facts", this::fact);
        readers.put("asks", this::ask);
        readers.put("talkingPoints", this::talkingPoint);
        readers.put("articles", this::article);
        readers.put("changes", this::change);
    }

    Map<Object, JsonPath> paths() {
        return paths;
    }

    @Override
    public void member(String name, JsonValue value) {
        if (name.equals("schemaVersion") && value instanceof JsonValue.JsonNumber n) {
            if (readable(n.value())) version = (int) n.value();
            else unsupportedVersion = true;  // records of another version would only give misleading problems
        }
    }

    @Override
    public boolean listStart(String name, TextPosition at) {
        if (unsupportedVersion || !readers.containsKey(name)) return false;
        lists.put(name, new ArrayList<>());
        return true;
    }

    @Override
    public void listElement(String name, int index, JsonValue element) {
        JsonPath path = JsonPath.ROOT.member(name).index(index);
        if (!(element instanceof JsonObject recordObject)) {
            problems.error(element, path, "each entry of \"" + name + "\" should be an object, not " + element.describe());
            return;
        }
        Object record = build(new RecordFields(recordObject, path, problems), readers.get(name));
        if (record != null) {
            paths.put(record, path);
            lists.get(name).add(record);
        }
    }

    /** One record of the list {@code name} (a form's contents), read by the rules a file's records are read by. */
    Object record(String name, JsonValue value, JsonPath path) {
        if (!(value instanceof JsonObject object)) {
            problems.error(value, path, "a record is an object");
            return null;
        }
        return build(new RecordFields(object, path, problems), readers.get(name));
    }

    /** The dataset, from the top level the parser returned once every list was handed over. */
    Dataset finish(JsonValue root) {
        if (!(root instanceof JsonObject object)) {
            problems.error(root, JsonPath.ROOT, "the file should hold one JSON object with the dataset's fields, not "
                    + root.describe());
            return null;
        }
        RecordFields top = new RecordFields(object, JsonPath.ROOT, problems);
        Integer version = top.integer("schemaVersion", true);
        if (version != null && !readable(version)) {
            problems.error(object.members().get("schemaVersion"), JsonPath.ROOT.member("schemaVersion"),
                    "schemaVersion " + version + " is not supported; this version of Attaché reads versions "
                            + Dataset.OLDEST_READABLE_VERSION + " to " + Dataset.SCHEMA_VERSION);
            return null;
        }
        if (version != null && version < Dataset.SCHEMA_VERSION) {
            problems.warning(object.members().get("schemaVersion"), JsonPath.ROOT.member("schemaVersion"),
                    "schemaVersion " + version + ": who reports each record, the actors' types and the sources' "
                            + "publishers are not stated, so defaults were used; \"attache migrate\" writes the "
                            + "file as version " + Dataset.SCHEMA_VERSION + " to complete by hand");
        }
        Dataset dataset = new Dataset(
                top.string("title", false),
                top.date("updated", false),
                records(top, "sources"),
                records(top, "assemblies"),
                records(top, "countries"),
                records(top, "organisations"),
                records(top, "measures"),
                records(top, "actions"),
                records(top, "tallies"),
                records(top, "facts"),
                records(top, "asks"),
                records(top, "talkingPoints"),
                records(top, "articles"),
                top.object().members().containsKey("changes") ? records(top, "changes") : List.of(),
                new TranslationsReader(problems).read(top));
        top.warnUnknownFields();
        return dataset;
    }

    private static boolean readable(double version) {
        return version >= Dataset.OLDEST_READABLE_VERSION && version <= Dataset.SCHEMA_VERSION && version == Math.rint(version);
    }

    private boolean version1() {
        return version == 1;
    }

    /** The records read for a list, after checking the list is there and is a list. */
    @SuppressWarnings("unchecked")
    private <T> List<T> records(RecordFields top, String name) {
        JsonValue value = top.object().members().get(name);
        JsonPath listPath = JsonPath.ROOT.member(name);
        if (value == null) {
            problems.error(top.object(), listPath, "the list \"" + name + "\" is missing (write [] if it is empty)");
            return List.of();
        }
        top.markRead(name);
        if (!(value instanceof JsonArray)) {
            problems.error(value, listPath, "\"" + name + "\" should be a list, not " + value.describe());
            return List.of();
        }
        return (List<T>) lists.getOrDefault(name, List.of());
    }

    private <T> T build(RecordFields fields, Function<RecordFields, T> reader) {
        T record;
        try {
            record = reader.apply(fields);
        } catch (IllegalArgumentException e) {
            fields.fail(e.getMessage());
            return null;
        }
        fields.warnUnknownFields();
        return fields.isValid() ? record : null;
    }

    /** Builds a record only when the fields read so far were all valid; record constructors then only check rules. */
    private static <T> T ifValid(RecordFields f, Supplier<T> constructor) {
        return f.isValid() ? constructor.get() : null;
    }

    private Source source(RecordFields f) {
        var id = f.id("id");
        var title = f.string("title", true);
        var publisher = f.string("publisher", true);
        var author = f.string("author", false);
        var date = f.date("date", false);
        var url = f.string("url", false);
        var seed = f.string("seed", false);
        var language = f.language("language");
        var kind = f.enumValue("kind", SourceKind.class, false);
        var publisherType = f.enumValue("publisherType", PublisherType.class, !version1());
        var note = f.string("note", false);
        boolean described = f.bool("titleIsDescription", version1() && Version1Defaults.titleIsDescription(note));
        boolean inForce = f.bool("inForce", false);
        return ifValid(f, () -> new Source(id, title, publisher, author, date, url, seed, language, kind, publisherType,
                described, note, inForce));
    }

    private Assembly assembly(RecordFields f) {
        var id = f.id("id");
        var year = f.integerIn("year", true, 1914, 2100);
        boolean held = f.requiredBool("held");
        var session = f.integerIn("session", held, 1, 999);
        var city = f.text("city", held);
        var host = f.code("hostCountry", held);
        var start = f.date("startDate", false);
        var end = f.date("endDate", false);
        var agenda = f.strings("agenda");
        var note = f.string("note", false);
        var sources = f.sources(true);
        return ifValid(f, () -> new Assembly(id, year, held, session, city, host, start, end, agenda, note, sources));
    }

    private Country country(RecordFields f) {
        var code = f.code("code", true);
        var name = f.string("name", true);
        var nameInSentence = f.string("nameInSentence", false);
        var region = f.enumValue("region", Region.class, true);
        var subregion = f.string("subregion", false);
        var allyFields = f.object("diplomaticAlly");
        DiplomaticAlly ally = allyFields == null ? null : build(allyFields, this::diplomaticAlly);
        if (allyFields != null && ally == null) f.fail("the country's \"diplomaticAlly\" entry is invalid");
        boolean member = f.bool("interpolMember", false);
        var sources = f.sources(false);
        if (ally != null) paths.put(ally, allyFields.path());
        return ifValid(f, () -> new Country(code, name, nameInSentence, region, subregion, member, ally, sources));
    }

    private DiplomaticAlly diplomaticAlly(RecordFields f) {
        var since = f.nullableDate("since");
        var until = f.nullableDate("until");
        var note = f.string("note", false);
        var sources = f.sources(true);
        return ifValid(f, () -> new DiplomaticAlly(since, until, note, sources));
    }

    private Organisation organisation(RecordFields f) {
        var id = f.id("id");
        var name = f.string("name", true);
        var kind = f.enumValue("kind", OrganisationKind.class, true);
        var region = f.enumValue("region", Region.class, false);
        var members = f.codes("members");
        var note = f.string("note", false);
        var sources = f.sources(false);
        return ifValid(f, () -> new Organisation(id, name, kind, region, members, note, sources));
    }

    private Measure measure(RecordFields f) {
        var id = f.id("id");
        var label = f.string("label", true);
        var unit = f.string("unit", true);
        var description = f.string("description", false);
        return ifValid(f, () -> new Measure(id, label, unit, description));
    }

    private SupportAction action(RecordFields f) {
        var id = f.id("id");
        var country = f.code("country", false);
        var organisation = f.reference("organisation", false);
        var assembly = f.reference("assembly", false);
        var date = f.date("date", false);
        var actor = f.string("actor", true);
        var actorRole = f.string("actorRole", false);
        var actorType = f.enumValue("actorType", ActorType.class, !version1());
        var kind = f.enumValue("kind", ActionKind.class, true);
        var summary = f.string("summary", true);
        var quote = f.string("quote", false);
        var note = f.string("note", false);
        var evidence = evidence(f, Version1Defaults.attributionFromNote(note), true);
        var sources = f.sources(true);
        return ifValid(f, () -> new SupportAction(id, country, organisation, assembly, date, actor, actorRole,
                actorType != null ? actorType : Version1Defaults.actorType(kind), kind, summary, quote, evidence,
                note, sources));
    }

    private Change change(RecordFields f) {
        var date = f.date("date", true);
        var by = f.text("by", true);
        var summary = f.text("summary", true);
        return ifValid(f, () -> new Change(date, by, summary));
    }

    private Tally tally(RecordFields f) {
        var id = f.id("id");
        var assembly = f.reference("assembly", true);
        var measure = f.reference("measure", true);
        // a tally counts: a whole number, within what any count of supporters could be
        var count = f.integerIn("value", true, 0, 1_000_000_000);
        Double value = count == null ? null : count.doubleValue();
        boolean lowerBound = f.bool("lowerBound", false);
        var reportedBy = f.string("reportedBy", true);
        var date = f.date("date", false);
        boolean interim = f.bool("interim", false);
        var spans = f.string(version1() ? "scope" : "spans", false);  // version 1 called it "scope"
        var definition = f.string("definition", false);
        var countries = f.codes("countries");
        // a version-1 tally's "scope" was the text now called "spans", so it has no scope of its own
        var evidence = evidence(f, Version1Defaults.attributionFromReporter(reportedBy), !version1());
        var note = f.string("note", false);
        var sources = f.sources(true);
        return ifValid(f, () -> new Tally(id, assembly, measure, value, lowerBound, reportedBy, date, interim, spans,
                definition, countries, evidence, note, sources));
    }

    private Fact fact(RecordFields f) {
        var id = f.id("id");
        var kind = f.enumValue("kind", FactKind.class, true);
        var category = f.string("category", true);
        var title = f.string("title", true);
        var statement = f.string("statement", true);
        var figureFields = f.object("figure");
        Figure figure = figureFields == null ? null : build(figureFields, this::figure);
        if (figureFields != null && figure == null) f.fail("the fact's \"figure\" is invalid");
        var asOf = f.date("asOf", false);
        var date = f.date("date", false);
        var assembly = f.reference("assembly", false);
        var countries = f.codes("countries");
        var regions = f.enums("regions", Region.class);
        var note = f.string("note", false);
        var evidence = evidence(f, Version1Defaults.attributionFromNote(note), true);
        var sources = f.sources(true);
        return ifValid(f, () -> new Fact(id, kind, category, title, statement, figure, date != null ? date : asOf,
                assembly, countries, regions, evidence, note, sources));
    }

    /** Who says so, the scope and the confidence; a version-1 file, which never says who, gets the default given. */
    private Evidence evidence(RecordFields f, Attribution version1Default, boolean hasScope) {
        var attribution = f.enumValue("attribution", Attribution.class, !version1());
        var scope = hasScope ? f.enumValue("scope", Scope.class, false) : null;
        var confidence = f.enumValue("confidence", Confidence.class, false);
        Attribution who = attribution != null ? attribution : version1Default;
        return f.isValid() ? new Evidence(who, scope, confidence) : null;
    }

    private Figure figure(RecordFields f) {
        var value = f.numberIn("value", true, 0, 1e12);
        var unit = f.string("unit", true);
        boolean lowerBound = f.bool("lowerBound", false);
        return ifValid(f, () -> new Figure(value, unit, lowerBound));
    }

    private Ask ask(RecordFields f) {
        var id = f.id("id");
        var order = f.integer("order", true);
        var title = f.string("title", true);
        var summary = f.string("summary", true);
        var sources = f.sources(true);
        var addressee = f.enumValue("addressee", Addressee.class, false);
        boolean atAssembly = f.bool("atAssembly", false);
        return ifValid(f, () -> new Ask(id, order, title, summary, addressee, atAssembly, sources));
    }

    private TalkingPoint talkingPoint(RecordFields f) {
        var id = f.id("id");
        var title = f.string("title", true);
        var text = f.string("text", true);
        var suitsFields = f.object("suits");
        Suits suits = suitsFields == null ? Suits.ALL : build(suitsFields, this::suits);
        if (suitsFields != null && suits == null) f.fail("the talking point's \"suits\" is invalid");
        var facts = f.references("facts");
        var series = f.reference("series", false);
        var objection = f.string("objection", false);
        var sources = f.sources(true);
        if (suitsFields != null && suits != null) paths.put(suits, suitsFields.path());
        return ifValid(f, () -> new TalkingPoint(id, title, text, suits, facts, series, objection, sources));
    }

    private Suits suits(RecordFields f) {
        boolean all = f.bool("all", false);
        var countries = f.codes("countries");
        var regions = f.enums("regions", Region.class);
        boolean allies = f.bool("allies", false);
        return ifValid(f, () -> new Suits(all, countries, regions, allies));
    }

    private ConstitutionArticle article(RecordFields f) {
        var id = f.id("id");
        var number = f.integerIn("number", true, 1, Integer.MAX_VALUE);
        var title = f.string("title", true);
        var text = f.string("text", true);
        var sources = f.sources(true);
        return ifValid(f, () -> new ConstitutionArticle(id, number, title, text, sources));
    }
}
