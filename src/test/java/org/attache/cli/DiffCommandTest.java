package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.Fixtures;
import org.attache.core.data.BundledDataset;
import org.attache.core.data.DatasetWriter;
import org.attache.core.edit.Edit;
import org.attache.core.edit.EditableDataset;
import org.attache.core.edit.RecordKind;
import org.attache.core.model.ActionKind;
import org.attache.core.model.Assembly;
import org.attache.core.model.Dataset;
import org.attache.core.model.Fact;
import org.attache.core.model.Figure;
import org.attache.core.model.SupportAction;
import org.attache.core.model.Tally;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff OLD NEW}, run as a user runs it: the records of a newer version that a desk officer must know of, as
 * text by country or by assembly, or as JSON; 1 for a file that is no valid dataset, 2 for a mistake in the command.
 */
class DiffCommandTest {
    private static final Dataset BASE = BundledDataset.load().dataset();
    private static final Assembly LATEST = BASE.assemblies().stream().filter(Assembly::held).reduce((a, b) -> b).orElseThrow();
    private static final Fact FACT = BASE.facts().stream().filter(f -> f.figure() != null && f.countries().isEmpty()
            && f.assembly() == null && f.figure().value() == Math.rint(f.figure().value())).findFirst().orElseThrow();
    private static final Tally TALLY = BASE.tallies().stream().filter(t -> t.countries().isEmpty() && !t.interim())
            .findFirst().orElseThrow();

    @TempDir
    static Path dir;
    static Path older;
    static Path newer;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** A newer version: Latvia spoke at the latest assembly, a fact's figure went up by 2, and a tally went. */
    @BeforeAll
    static void versions() throws IOException {
        EditableDataset editing = new EditableDataset(BASE);
        SupportAction template = BASE.actions().get(0);
        SupportAction spoke = new SupportAction("act-lv-latest", "LV", null, LATEST.id(), null, "Minister of the Interior",
                null, template.actorType(), ActionKind.EXECUTIVE_STATEMENT, "Spoke for Taiwan's participation.", null,
                template.evidence(), null, template.sources());
        Fact raised = new Fact(FACT.id(), FACT.kind(), FACT.category(), FACT.title(), FACT.statement(),
                new Figure(FACT.figure().value() + 2, FACT.figure().unit(), FACT.figure().lowerBound()), FACT.date(),
                FACT.assembly(), FACT.countries(), FACT.regions(), FACT.evidence(), FACT.note(), FACT.sources());
        for (Edit edit : List.of(Edit.add(RecordKind.ACTIONS, spoke), Edit.change(RecordKind.FACTS, FACT, raised))) {
            assertEquals(List.of(), editing.perform(edit));
        }
        assertEquals(List.of(), editing.perform(Edit.remove(editing.current(), RecordKind.TALLIES, TALLY)));
        older = Files.write(dir.resolve("campaign-2026.json"), DatasetWriter.toBytes(BASE));
        newer = Files.write(dir.resolve("campaign-2027.json"), DatasetWriter.toBytes(editing.current()));
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String value(double v) {
        return String.valueOf((long) v);
    }

    @Test
    void byCountryEachRecordIsUnderItsCountryOrGeneralWithChangedFieldsBeforeAndAfter() {
        assertEquals(Cli.OK, run("diff", older.toString(), newer.toString()), err());

        String tally = BASE.measure(TALLY.measure()).orElseThrow().label() + " at the "
                + Assembly.ordinal(BASE.assembly(TALLY.assembly()).orElseThrow().session()) + " General Assembly: "
                + TALLY.displayValue();
        assertEquals("Latvia (LV)\n"
                + "  + action act-lv-latest  Latvia: executive statement at the " + Assembly.ordinal(LATEST.session())
                + " General Assembly\n"
                + "\n"
                + "General\n"
                + "  - tally " + TALLY.id() + "  " + tally + "\n"
                + "  ~ fact " + FACT.id() + "  \u201c" + FACT.title() + "\u201d\n"
                + "      figure.value: " + value(FACT.figure().value()) + " \u2192 " + value(FACT.figure().value() + 2) + "\n"
                + "\n"
                + "1 added, 1 changed, 1 removed\n", out());
        assertEquals("", err());
    }

    @Test
    void byAssemblyTheGroupsFollowTheYearsAndRecordsOfNoAssemblyComeLast() {
        assertEquals(Cli.OK, run("diff", "--by", "assembly", older.toString(), newer.toString()), err());

        List<String> headings = out().lines().filter(l -> !l.isEmpty() && !l.startsWith(" ")).toList();
        assertEquals(List.of(BASE.assembly(TALLY.assembly()).orElseThrow().label(), LATEST.label(), "No assembly",
                "1 added, 1 changed, 1 removed"), headings);
        assertTrue(out().contains("No assembly\n  ~ fact " + FACT.id()), out());
    }

    @Test
    void oneCountryShowsOnlyTheRecordsThatConcernIt() {
        assertEquals(Cli.OK, run("diff", "--country", "lv", older.toString(), newer.toString()), err());
        assertTrue(out().startsWith("Latvia (LV)\n  + action act-lv-latest"), out());
        assertTrue(out().endsWith("\n1 added, 0 changed, 0 removed\n"), out());
        assertTrue(!out().contains(FACT.id()) && !out().contains(TALLY.id()), out());

        assertEquals(Cli.OK, run("diff", "--country", "EE", older.toString(), newer.toString()));
        assertEquals("0 added, 0 changed, 0 removed\n", out(), "nothing changed for Estonia");
    }

    @Test
    void identicalVersionsRunCleanlyWithNothingListed() {
        assertEquals(Cli.OK, run("diff", older.toString(), Fixtures.bundledDataset().toString()), err());
        assertEquals("0 added, 0 changed, 0 removed\n", out());
        assertEquals(Cli.OK, run("diff", "--json", older.toString(), older.toString()));
        assertTrue(out().contains("\"groups\":[]"), out());
    }

    @Test
    void jsonIsOneObjectWithTheCountsAndEveryRecordInItsGroups() throws IOException {
        assertEquals(Cli.OK, run("diff", "--json", older.toString(), newer.toString()), err());
        assertEquals(1, out().lines().count(), out());
        JsonNode report = new ObjectMapper().readTree(out());

        assertEquals(older.toString(), report.get("old").asText());
        assertEquals(newer.toString(), report.get("new").asText());
        assertEquals("country", report.get("by").asText());
        assertTrue(report.get("country").isNull());
        assertEquals(List.of(1, 1, 1), List.of(report.get("added").asInt(), report.get("changed").asInt(),
                report.get("removed").asInt()));
        JsonNode groups = report.get("groups");
        assertEquals(2, groups.size());
        assertEquals("LV", groups.get(0).get("key").asText());
        assertEquals("Latvia", groups.get(0).get("name").asText());
        assertTrue(groups.get(1).get("key").isNull());
        assertEquals("General", groups.get(1).get("name").asText());
        JsonNode added = groups.get(0).get("records").get(0);
        assertEquals("added", added.get("status").asText());
        assertEquals("actions", added.get("kind").asText());
        assertEquals("act-lv-latest", added.get("id").asText());
        assertEquals("[\"LV\"]", added.get("countries").toString());
        assertEquals("[\"" + LATEST.id() + "\"]", added.get("assemblies").toString());
        assertEquals(0, added.get("fields").size());
        List<String> general = new ArrayList<>();
        for (JsonNode r : groups.get(1).get("records")) general.add(r.get("status").asText() + " " + r.get("id").asText());
        assertEquals(List.of("removed " + TALLY.id(), "changed " + FACT.id()), general);
        JsonNode field = groups.get(1).get("records").get(1).get("fields").get(0);
        assertEquals("figure.value", field.get("field").asText());
        assertEquals(value(FACT.figure().value()), field.get("before").asText());
        assertEquals(value(FACT.figure().value() + 2), field.get("after").asText());

        assertEquals(Cli.OK, run("diff", "--json", "--by", "assembly", "--country", "LV", older.toString(), newer.toString()));
        report = new ObjectMapper().readTree(out());
        assertEquals("assembly", report.get("by").asText());
        assertEquals("LV", report.get("country").asText());
        assertEquals(LATEST.id(), report.get("groups").get(0).get("key").asText());
        assertEquals(LATEST.label(), report.get("groups").get(0).get("name").asText());
    }

    @Test
    void aFileThatIsNoValidDatasetIsNamedWithItsErrorsInPlaceAndExitsOne() {
        String broken = Fixtures.path("broken/unknown-source.json").toString();
        assertEquals(Cli.FAILED, run("diff", older.toString(), broken));
        assertEquals("", out());
        assertTrue(err().startsWith("attache diff: " + broken + " has 1 error"), err());
        assertTrue(err().matches("(?s).*\n  .*unknown-source\\.json:\\d+:\\d+ at \\$\\.actions\\[0]\\.sources\\[0]: error: "
                + "unknown source \"src-missing\".*"), err());

        String garbage = Fixtures.path("broken/not-json.txt").toString();
        assertEquals(Cli.FAILED, run("diff", "--json", garbage, broken));
        assertEquals("", out(), "no JSON for versions that cannot be compared");
        assertTrue(err().contains("attache diff: " + garbage + " cannot be read") && err().contains(broken + " has"), err());
        assertEquals(Cli.FAILED, run("diff", dir.resolve("missing.json").toString(), newer.toString()));
        assertTrue(err().contains("missing.json"), err());
    }

    @Test
    void mistakesInTheCommandExitTwo() {
        assertEquals(Cli.USAGE, run("diff", older.toString()));
        assertTrue(err().contains("attache diff: diff takes the old file and the new file"), err());
        assertEquals(Cli.USAGE, run("diff", "--by", "year", older.toString(), newer.toString()));
        assertTrue(err().contains("--by takes country or assembly"), err());
        assertEquals(Cli.USAGE, run("diff", "--country", "ZZ", older.toString(), newer.toString()));
        assertTrue(err().contains("neither version has a country ZZ"), err());
        assertEquals(Cli.USAGE, run("diff", "--contry", "LV", older.toString(), newer.toString()));
        assertTrue(err().contains("--country"), "suggested: " + err());
        assertEquals("", out());
    }

    @Test
    void helpNamesEveryOption() {
        assertEquals(Cli.OK, run("diff", "--help"));
        for (String option : List.of("--by", "--country", "--json", "OLD NEW", "Exit codes")) {
            assertTrue(out().contains(option), option + " in\n" + out());
        }
    }
}
