package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.attache.Fixtures;
import org.junit.jupiter.api.Test;

class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validatingAValidFileExitsZeroAndSummarisesEveryRecordType() {
        int code = cli.run("validate", Fixtures.path("fixtures/minimal.json").toString());

        assertEquals(Cli.OK, code, out());
        for (String type : new String[] {"sources", "assemblies", "countries", "organisations", "measures", "actions",
                "tallies", "facts", "asks", "talking points", "articles"}) {
            assertTrue(out().matches("(?s).*\\n  " + type + " +[1-9]\\d*\\n.*"), type + " in:\n" + out());
        }
        assertTrue(out().contains("Problems: 0 errors, 0 warnings"), out());
        assertTrue(out().contains("Result:  valid"));
    }

    @Test
    void validateNamesACharacterNoFontCanPrintWithItsPlaceAndStillPasses(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("devanagari.json");
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(Fixtures.path("fixtures/minimal.json"))
                .replaceFirst("\"summary\": \"", "\"summary\": \"\u0928\u092e\u0938\u094d\u0924\u0947 "));

        int code = cli.run("validate", file.toString());

        assertEquals(Cli.OK, code, out());
        assertTrue(err().matches("(?s).*devanagari\\.json:\\d+:\\d+ at \\$\\.actions\\[0]\\.summary: warning: \"summary\" has "
                + "6 characters no bundled font can print \\(U\\+0928, U\\+092E, U\\+0938, U\\+094D, U\\+0924, U\\+0947\\).*"), err());
    }

    @Test
    void validatingABrokenFileExitsOneAndPrintsEachProblemWithItsLocationOnStandardError() {
        String file = Fixtures.path("broken/unknown-source.json").toString();
        int code = cli.run("validate", file);

        assertEquals(Cli.FAILED, code);
        assertTrue(err().contains(file + ":"), err());
        assertTrue(err().matches("(?s).*unknown-source\\.json:\\d+:\\d+ at \\$\\.actions\\[0]\\.sources\\[0]: error: "
                + "unknown source \"src-missing\".*"), err());
        assertFalse(out().contains("error:"), "the summary alone on standard output: " + out());
        assertTrue(out().contains("Problems: 1 error, 2 warnings"), out());
        assertTrue(out().contains("Result:  invalid"));
    }

    @Test
    void anUnreadableFileExitsOne() {
        int code = cli.run("validate", Fixtures.path("broken/not-json.txt").toString());
        assertEquals(Cli.FAILED, code);
        assertTrue(out().contains("Result:  unreadable"), out());
    }

    @Test
    void usageErrorsExitTwoWithAMessageOnStandardError() {
        assertEquals(Cli.USAGE, cli.run("validate", "a.json", "b.json"));
        assertTrue(err().contains("attache validate: validate takes at most one file"), err());
        assertEquals(Cli.USAGE, cli.run("validate", "--strict"));
        assertTrue(err().contains("attache validate: unknown option \"--strict\""), err());
        assertTrue(err().contains("See \"attache validate --help\"."), err());
        assertEquals(Cli.USAGE, cli.run("migrate", "old.json"));
        assertTrue(err().contains("migrate takes the old file and the new file"), err());
        assertEquals("", out());
    }

    @Test
    void validateWithoutAFileChecksTheBundledDataset() {
        int code = cli.run("validate");
        assertTrue(out().startsWith("Dataset: campaign.json (bundled)"), out());
        assertEquals(Cli.OK, code, out());
    }

    /** The parse benchmark reads each hostile shape, and deep nesting is refused, not recursed into. */
    @Test
    void theParseBenchmarkMeasuresEveryShape() throws Exception {
        assertEquals(Cli.OK, cli.run("bench", "--parse", "1"));
        String table = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        for (String shape : new String[] {"wide object", "long list", "deep nesting"}) {
            assertTrue(java.util.regex.Pattern.compile(shape + "\\s+1\\.0 MB\\s+\\d+").matcher(table).find(), table);
        }
        var wide = new org.attache.core.data.DatasetReader().read(new java.io.ByteArrayInputStream(
                ParseBenchmark.document("wide object", 1 << 16)), "wide.json");
        assertTrue(wide.isReadable(), "a wide object is read: " + wide.problems());
        var deep = new org.attache.core.data.DatasetReader().read(new java.io.ByteArrayInputStream(
                ParseBenchmark.document("deep nesting", 1 << 16)), "deep.json");
        assertTrue(deep.problems().get(0).message().contains("nested more than 64 levels"), deep.problems().toString());
    }
}
