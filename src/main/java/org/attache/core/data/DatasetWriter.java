package org.attache.core.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.attache.core.model.Addressee;
import org.attache.core.model.Ask;
import org.attache.core.model.Assembly;
import org.attache.core.model.Change;
import org.attache.core.model.Confidence;
import org.attache.core.model.ConstitutionArticle;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.model.DiplomaticAlly;
import org.attache.core.model.Evidence;
import org.attache.core.model.Fact;
import org.attache.core.model.Figure;
import org.attache.core.model.JsonEnum;
import org.attache.core.model.Measure;
import org.attache.core.model.Organisation;
import org.attache.core.model.PartialDate;
import org.attache.core.model.Scope;
import org.attache.core.model.Source;
import org.attache.core.model.Suits;
import org.attache.core.model.SupportAction;
import org.attache.core.model.TalkingPoint;
import org.attache.core.model.Tally;
import org.attache.core.model.Translations;

/**
 * Writes a dataset in its one canonical form, so that a file kept in version control changes only where its facts
 * change: UTF-8, two-space indentation, every record's fields in the same order, defaults and empty fields left
 * out, one line per list entry, a final newline. What it writes reads back equal to what it was given, and writing
 * that again gives the same bytes.
 */
public final class DatasetWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private DatasetWriter() {
    }

    /** The pretty printer of Attaché's JSON files: {@code "key": value}, two spaces, lists one entry a line. */
    static DefaultPrettyPrinter printer() {
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }

    public static byte[] toBytes(Dataset dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(printer());
            new Fields(g).dataset(dataset);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** One record as the file holds it, for a form to edit: {@code listName} says its kind ("actions"). */
    public static String recordJson(String listName, Object record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(printer());
            Fields fields = new Fields(g);
            g.writeStartObject();
            switch (listName) {
                case "sources" -> fields.source((Source) record);
                case "assemblies" -> fields.assembly((Assembly) record);
                case "countries" -> fields.country((Country) record);
                case "organisations" -> fields.organisation((Organisation) record);
                case "measures" -> fields.measure((Measure) record);
                case "actions" -> fields.action((SupportAction) record);
                case "tallies" -> fields.tally((Tally) record);
                case "facts" -> fields.fact((Fact) record);
                case "asks" -> fields.ask((Ask) record);
                case "talkingPoints" -> fields.talkingPoint((TalkingPoint) record);
                case "articles" -> fields.article((ConstitutionArticle) record);
                case "changes" -> fields.change((Change) record);
                default -> throw new IllegalArgumentException("no list " + listName);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The writing of each record type, field by field in the canonical order. */
    private record Fields(JsonGenerator g) {

        void dataset(Dataset d) throws IOException {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", Dataset.SCHEMA_VERSION);
            text("title", d.title());
            date("updated", d.updated());
            list("sources", d.sources(), this::source);
            list("assemblies", d.assemblies(), this::assembly);
            list("countries", d.countries(), this::country);
            list("organisations", d.organisations(), this::organisation);
            list("measures", d.measures(), this::measure);
            list("actions", d.actions(), this::action);
            list("tallies", d.tallies(), this::tally);
            list("facts", d.facts(), this::fact);
            list("asks", d.asks(), this::ask);
            list("talkingPoints", d.talkingPoints(), this::talkingPoint);
            list("articles", d.articles(), this::article);
            if (!d.translations().isEmpty()) translations(d);
            if (!d.changes().isEmpty()) list("changes", d.changes(), this::change);
            g.writeEndObject();
        }

        void source(Source s) throws IOException {
            text("id", s.id());
            text("title", s.title());
            text("publisher", s.publisher());
            enumeration("publisherType", s.publisherType());
            text("author", s.author());
            date("date", s.date());
            text("url", s.url());
            text("seed", s.seed());
            text("language", s.language());
            enumeration("kind", s.kind());
            flag("titleIsDescription", s.titleIsDescription());
            flag("inForce", s.inForce());
            text("note", s.note());
        }

        void assembly(Assembly a) throws IOException {
            text("id", a.id());
            g.writeNumberField("year", a.year());
            g.writeBooleanField("held", a.held());
            if (a.session() != null) g.writeNumberField("session", a.session());
            text("city", a.city());
            text("hostCountry", a.hostCountry());
            date("startDate", a.startDate());
            date("endDate", a.endDate());
            strings("agenda", a.agenda());
            text("note", a.note());
            strings("sources", a.sources());
        }

        void country(Country c) throws IOException {
            text("code", c.code());
            text("name", c.name());
            if (!c.nameInSentence().equals(c.name())) text("nameInSentence", c.nameInSentence());
            enumeration("region", c.region());
            text("subregion", c.subregion());
            flag("interpolMember", c.interpolMember());
            if (c.diplomaticAlly() != null) {
                g.writeFieldName("diplomaticAlly");
                g.writeStartObject();
                ally(c.diplomaticAlly());
                g.writeEndObject();
            }
            strings("sources", c.sources());
        }

        void ally(DiplomaticAlly a) throws IOException {
            // "null" says the date is not known, as the schema's nullableDate allows
            g.writeFieldName("since");
            if (a.since() == null) g.writeNull(); else g.writeString(a.since().toString());
            g.writeFieldName("until");
            if (a.until() == null) g.writeNull(); else g.writeString(a.until().toString());
            text("note", a.note());
            strings("sources", a.sources());
        }

        void organisation(Organisation o) throws IOException {
            text("id", o.id());
            text("name", o.name());
            enumeration("kind", o.kind());
            enumeration("region", o.region());
            strings("members", o.members());
            text("note", o.note());
            strings("sources", o.sources());
        }

        void measure(Measure m) throws IOException {
            text("id", m.id());
            text("label", m.label());
            text("unit", m.unit());
            text("description", m.description());
        }

        void action(SupportAction a) throws IOException {
            text("id", a.id());
            text("country", a.country());
            text("organisation", a.organisation());
            text("assembly", a.assembly());
            date("date", a.date());
            text("actor", a.actor());
            text("actorRole", a.actorRole());
            enumeration("actorType", a.actorType());
            enumeration("kind", a.kind());
            text("summary", a.summary());
            text("quote", a.quote());
            evidence(a.evidence());
            text("note", a.note());
            strings("sources", a.sources());
        }

        void tally(Tally t) throws IOException {
            text("id", t.id());
            text("assembly", t.assembly());
            text("measure", t.measure());
            number("value", t.value());
            flag("lowerBound", t.lowerBound());
            text("reportedBy", t.reportedBy());
            date("date", t.date());
            flag("interim", t.interim());
            text("spans", t.spans());
            text("definition", t.definition());
            strings("countries", t.countries());
            evidence(t.evidence());
            text("note", t.note());
            strings("sources", t.sources());
        }

        void fact(Fact f) throws IOException {
            text("id", f.id());
            enumeration("kind", f.kind());
            text("category", f.category());
            text("title", f.title());
            text("statement", f.statement());
            if (f.figure() != null) {
                g.writeFieldName("figure");
                g.writeStartObject();
                figure(f.figure());
                g.writeEndObject();
            }
            date("date", f.date());
            text("assembly", f.assembly());
            strings("countries", f.countries());
            enums("regions", f.regions());
            evidence(f.evidence());
            text("note", f.note());
            strings("sources", f.sources());
        }

        void figure(Figure f) throws IOException {
            number("value", f.value());
            text("unit", f.unit());
            flag("lowerBound", f.lowerBound());
        }

        void ask(Ask a) throws IOException {
            text("id", a.id());
            g.writeNumberField("order", a.order());
            text("title", a.title());
            text("summary", a.summary());
            if (a.addressee() != Addressee.INTERPOL) enumeration("addressee", a.addressee());
            flag("atAssembly", a.atAssembly());
            strings("sources", a.sources());
        }

        void talkingPoint(TalkingPoint p) throws IOException {
            text("id", p.id());
            text("title", p.title());
            text("objection", p.objection());
            text("text", p.text());
            if (p.suits() != null) {
                g.writeFieldName("suits");
                g.writeStartObject();
                suits(p.suits());
                g.writeEndObject();
            }
            strings("facts", p.facts());
            text("series", p.series());
            strings("sources", p.sources());
        }

        void suits(Suits s) throws IOException {
            flag("all", s.all());
            strings("countries", s.countries());
            enums("regions", s.regions());
            flag("allies", s.allies());
        }

        /** The texts in other languages, in the dataset's own order of lists, records and fields. */
        void translations(Dataset d) throws IOException {
            g.writeFieldName("translations");
            g.writeStartObject();
            for (String language : Translations.LANGUAGES) {
                Map<String, Map<String, Map<String, String>>> lists = d.translations().of(language);
                if (lists.isEmpty()) continue;
                g.writeFieldName(language);
                g.writeStartObject();
                for (var list : Translations.FIELDS.entrySet()) {
                    Map<String, Map<String, String>> records = lists.getOrDefault(list.getKey(), Map.of());
                    if (records.values().stream().allMatch(Map::isEmpty)) continue;
                    g.writeFieldName(list.getKey());
                    g.writeStartObject();
                    for (String id : idsInOrder(d, list.getKey(), records.keySet())) {
                        Map<String, String> fields = records.get(id);
                        if (fields.isEmpty()) continue;
                        g.writeFieldName(id);
                        g.writeStartObject();
                        for (String field : list.getValue()) text(field, fields.get(field));
                        g.writeEndObject();
                    }
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }

        /** The ids in the order of the dataset's records; ids of no record (an invalid file) last, as given. */
        private static List<String> idsInOrder(Dataset d, String list, java.util.Set<String> ids) {
            List<String> order = new java.util.ArrayList<>();
            List<?> records = switch (list) {
                case "assemblies" -> d.assemblies().stream().map(Assembly::id).toList();
                case "countries" -> d.countries().stream().map(Country::code).toList();
                case "organisations" -> d.organisations().stream().map(Organisation::id).toList();
                case "measures" -> d.measures().stream().map(Measure::id).toList();
                case "actions" -> d.actions().stream().map(SupportAction::id).toList();
                case "tallies" -> d.tallies().stream().map(Tally::id).toList();
                case "facts" -> d.facts().stream().map(Fact::id).toList();
                case "asks" -> d.asks().stream().map(Ask::id).toList();
                case "talkingPoints" -> d.talkingPoints().stream().map(TalkingPoint::id).toList();
                case "articles" -> d.articles().stream().map(ConstitutionArticle::id).toList();
                default -> List.of();
            };
            for (Object id : records) if (ids.contains((String) id)) order.add((String) id);
            for (String id : ids) if (!order.contains(id)) order.add(id);
            return order;
        }

        void change(Change c) throws IOException {
            date("date", c.date());
            text("by", c.by());
            text("summary", c.summary());
        }

        void article(ConstitutionArticle a) throws IOException {
            text("id", a.id());
            g.writeNumberField("number", a.number());
            text("title", a.title());
            text("text", a.text());
            strings("sources", a.sources());
        }

        /** Who says so always; the scope and confidence only when they are not the defaults. */
        void evidence(Evidence e) throws IOException {
            enumeration("attribution", e.attribution());
            if (e.scope() != Scope.INTERPOL) enumeration("scope", e.scope());
            if (e.confidence() != Confidence.HIGH) enumeration("confidence", e.confidence());
        }

        // ------------------------------------------------------------ values

        @FunctionalInterface
        interface RecordWriter<T> {
            void write(T record) throws IOException;
        }

        <T> void list(String name, List<T> records, RecordWriter<T> writer) throws IOException {
            g.writeFieldName(name);
            g.writeStartArray();
            for (T record : records) {
                g.writeStartObject();
                writer.write(record);
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        void text(String name, String value) throws IOException {
            if (value != null && !value.isBlank()) g.writeStringField(name, value);
        }

        void date(String name, PartialDate value) throws IOException {
            if (value != null) g.writeStringField(name, value.toString());
        }

        void flag(String name, boolean value) throws IOException {
            if (value) g.writeBooleanField(name, true);
        }

        void enumeration(String name, JsonEnum value) throws IOException {
            if (value != null) g.writeStringField(name, value.json());
        }

        void number(String name, double value) throws IOException {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) g.writeNumberField(name, (long) value);
            else g.writeNumberField(name, value);
        }

        void strings(String name, List<String> values) throws IOException {
            if (values == null || values.isEmpty()) return;
            g.writeFieldName(name);
            g.writeStartArray();
            for (String v : values) g.writeString(v);
            g.writeEndArray();
        }

        void enums(String name, List<? extends JsonEnum> values) throws IOException {
            if (values == null || values.isEmpty()) return;
            g.writeFieldName(name);
            g.writeStartArray();
            for (JsonEnum v : values) g.writeString(v.json());
            g.writeEndArray();
        }
    }
}
