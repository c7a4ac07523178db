package org.attache.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.attache.core.io.AtomicFile;
import org.attache.core.model.ActionKind;
import org.attache.core.model.Region;

/**
 * Writes a large dataset of invented records for measuring how Attaché scales. Everything in it is marked
 * synthetic (title, names, sources); it is made on demand and never shipped as data.
 */
final class SyntheticDataset {
    static final String TITLE = "SYNTHETIC DATA FOR BENCHMARKS \u2014 NOT REAL FACTS";
    private static final int SOURCES = 500;

    private final int countries;
    private final int assemblies;
    private final int actionsPerAssembly;

    SyntheticDataset(int countries, int assemblies, int actionsPerAssembly) {
        if (countries < 1 || countries > 676) throw new IllegalArgumentException("countries must be 1 to 676");
        if (assemblies < 1 || assemblies > 100) throw new IllegalArgumentException("assemblies must be 1 to 100");
        if (actionsPerAssembly < 0 || actionsPerAssembly > 1000) throw new IllegalArgumentException("actions must be 0 to 1000");
        this.countries = countries;
        this.assemblies = assemblies;
        this.actionsPerAssembly = actionsPerAssembly;
    }

    /** Two letters for the n-th invented country: AA, AB, ... */
    static String code(int n) {
        return "" + (char) ('A' + n / 26) + (char) ('A' + n % 26);
    }

    void write(Path file) throws IOException {
        AtomicFile.write(file, this::write);
    }

    void write(OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("schemaVersion", org.attache.core.model.Dataset.SCHEMA_VERSION);
            g.writeStringField("title", TITLE);
            g.writeStringField("updated", "2026-01-01");
            sources(g);
            assemblies(g);
            countries(g);
            g.writeArrayFieldStart("organisations");
            g.writeEndArray();
            g.writeArrayFieldStart("measures");
            g.writeStartObject();
            g.writeStringField("id", "synthetic-measure");
            g.writeStringField("label", "Synthetic supporters");
            g.writeStringField("unit", "supporters");
            g.writeStringField("description", "An invented count for benchmarks.");
            g.writeEndObject();
            g.writeEndArray();
            actions(g);
            tallies(g);
            g.writeArrayFieldStart("facts");
            g.writeStartObject();
            g.writeStringField("id", "fact-synthetic");
            g.writeStringField("kind", "capability");
            g.writeStringField("category", "synthetic");
            g.writeStringField("title", "Synthetic capability");
            g.writeStringField("statement", "An invented statement used to measure rendering speed.");
            g.writeStringField("attribution", "own");
            g.writeStringField("date", "2026");
            g.writeObjectFieldStart("figure");
            g.writeNumberField("value", 100);
            g.writeStringField("unit", "synthetic units");
            g.writeEndObject();
            sourceList(g, 0);
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("asks");
            g.writeStartObject();
            g.writeStringField("id", "ask-synthetic");
            g.writeNumberField("order", 1);
            g.writeStringField("title", "Synthetic ask");
            g.writeStringField("summary", "An invented ask.");
            sourceList(g, 1);
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("talkingPoints");
            g.writeStartObject();
            g.writeStringField("id", "tp-synthetic");
            g.writeStringField("title", "Synthetic talking point");
            g.writeStringField("text", "An invented argument, suited to every country.");
            g.writeObjectFieldStart("suits");
            g.writeBooleanField("all", true);
            g.writeEndObject();
            sourceList(g, 2);
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("articles");
            for (int n = 2; n <= 3; n++) {
                g.writeStartObject();
                g.writeStringField("id", "article-" + n);
                g.writeNumberField("number", n);
                g.writeStringField("title", "Article " + n + ": synthetic");
                g.writeStringField("text", "Invented text standing in for an article of a constitution.");
                sourceList(g, n);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private void sources(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("sources");
        for (int i = 0; i < SOURCES; i++) {
            g.writeStartObject();
            g.writeStringField("id", "src-synthetic-" + i);
            g.writeStringField("title", "Synthetic source " + i);
            g.writeStringField("publisher", "Synthetic publisher");
            g.writeStringField("publisherType", "other");
            g.writeStringField("date", "2026-01-01");
            g.writeStringField("url", "https://example.invalid/synthetic/" + i);
            g.writeStringField("note", "Invented for benchmarks; not a real source.");
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void assemblies(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("assemblies");
        for (int a = 0; a < assemblies; a++) {
            g.writeStartObject();
            g.writeStringField("id", "syn-ga-" + (a + 1));
            g.writeNumberField("year", 1950 + a);
            g.writeBooleanField("held", true);
            g.writeNumberField("session", a + 1);
            g.writeStringField("city", "Synthetic City " + (a + 1));
            g.writeStringField("hostCountry", code(a % countries));
            sourceList(g, a);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void countries(JsonGenerator g) throws IOException {
        Region[] regions = {Region.AFRICA, Region.AMERICAS, Region.ASIA, Region.EUROPE, Region.OCEANIA};
        g.writeArrayFieldStart("countries");
        for (int c = 0; c < countries; c++) {
            g.writeStartObject();
            g.writeStringField("code", code(c));
            g.writeStringField("name", "Synthetic Country " + code(c));
            g.writeStringField("region", regions[c % regions.length].json());
            g.writeBooleanField("interpolMember", true);
            sourceList(g, c);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void actions(JsonGenerator g) throws IOException {
        // kinds of act a government or legislature takes itself, so every synthetic action counts
        ActionKind[] kinds = {ActionKind.EXECUTIVE_STATEMENT, ActionKind.LEGISLATIVE_LETTER,
                ActionKind.LEGISLATIVE_RESOLUTION, ActionKind.LAW, ActionKind.OTHER};
        g.writeArrayFieldStart("actions");
        int n = 0;
        for (int c = 0; c < countries; c++) {
            for (int a = 0; a < assemblies; a++) {
                for (int k = 0; k < actionsPerAssembly; k++, n++) {
                    g.writeStartObject();
                    g.writeStringField("id", "syn-act-" + n);
                    g.writeStringField("country", code(c));
                    g.writeStringField("assembly", "syn-ga-" + (a + 1));
                    g.writeStringField("date", Integer.toString(1950 + a));
                    g.writeStringField("actor", "Synthetic official " + k);
                    g.writeStringField("actorRole", "Invented role for benchmarks");
                    g.writeStringField("actorType", "government");
                    g.writeStringField("kind", kinds[n % kinds.length].json());
                    g.writeStringField("attribution", "own");
                    g.writeStringField("summary", "An invented act of support, written to measure how loading, "
                            + "composing and rendering scale with the size of a dataset.");
                    sourceList(g, n);
                    g.writeEndObject();
                }
            }
        }
        g.writeEndArray();
    }

    private void tallies(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("tallies");
        for (int a = 0; a < assemblies; a++) {
            g.writeStartObject();
            g.writeStringField("id", "syn-tally-" + (a + 1));
            g.writeStringField("assembly", "syn-ga-" + (a + 1));
            g.writeStringField("measure", "synthetic-measure");
            g.writeNumberField("value", 10 + 5 * a);
            g.writeStringField("reportedBy", "Synthetic publisher");
            g.writeStringField("date", Integer.toString(1950 + a));
            g.writeStringField("attribution", "own");
            sourceList(g, a);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void sourceList(JsonGenerator g, int n) throws IOException {
        g.writeArrayFieldStart("sources");
        g.writeString("src-synthetic-" + (n % SOURCES));
        g.writeEndArray();
    }
}
