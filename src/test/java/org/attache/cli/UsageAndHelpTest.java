package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conventions of a command line: help on every command on standard output, one line of version, mistakes
 * that exit 2 with a suggestion on standard error, a completion script, and the window only when asked for.
 */
class UsageAndHelpTest {
    private static final List<String> COMMANDS = List.of("validate", "migrate", "diff", "export", "keygen", "sign", "trust",
            "bench", "synthetic", "version", "open", "help", "completion");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<List<Path>> windows = new ArrayList<>();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), files -> {
                    windows.add(files);
                    return Cli.OK;
                }).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownCommandExitsTwoWithASuggestionAndOpensNoWindow() {
        assertEquals(Cli.USAGE, run("valdate", "data.json"));
        assertTrue(err().startsWith("attache: unknown command \"valdate\"\n"), err());
        assertTrue(err().contains("Did you mean: attache validate"), err());
        assertTrue(err().contains("See \"attache --help\"."), err());
        assertEquals("", out());
        assertEquals(Cli.USAGE, run("frobnicate"));
        assertTrue(windows.isEmpty(), "no window for a word that is not a command");
    }

    @Test
    void anUnknownOptionExitsTwoWithASuggestion() {
        assertEquals(Cli.USAGE, run("-v"));
        assertTrue(err().contains("attache: unknown option \"-v\""), err());
        assertTrue(err().contains("--version"), "suggested: " + err());
        assertEquals(Cli.USAGE, run("export", "--contry", "LV", "--out", dir.resolve("LV.pdf").toString()));
        assertTrue(err().contains("attache export: unknown option \"--contry\""), err());
        assertTrue(err().contains("--country"), "suggested: " + err());
        assertEquals(Cli.USAGE, run("export", "--country"));
        assertTrue(err().contains("attache export: --country needs a value"), err());
        assertTrue(windows.isEmpty());
    }

    @Test
    void everyCommandPrintsItsUsageOnStandardOutputForHelp() {
        assertEquals(Cli.OK, run("--help"));
        for (String command : COMMANDS) assertTrue(out().contains("\n  " + command + " "), command + " listed in\n" + out());
        for (String command : COMMANDS) {
            for (String help : List.of("--help", "-h")) {
                assertEquals(Cli.OK, run(command, help), command + " " + help + ": " + err());
                assertTrue(out().contains("Usage: attache " + command), command + " " + help + ":\n" + out());
                assertEquals("", err(), command + " " + help);
            }
        }
        assertTrue(windows.isEmpty(), "help never opens the window");
    }

    @Test
    void helpNamesACommandAndPrintsItsUsage() {
        assertEquals(Cli.OK, run("export", "--help"));
        String usage = out();
        assertEquals(Cli.OK, run("help", "export"));
        assertEquals(usage, out());
        for (String option : List.of("--country", "--pack", "--dataset", "--out", "--template", "--paper", "--language",
                "--output", "--prepared-by", "--numbered", "--created", "--marking", "--caveat", "--draft", "--recipient",
                "--copy", "--recipients", "--password-file", "--password-prompt", "--no-print", "--no-copy", "--no-pdfa",
                "--all", "--region", "--allies", "--countries", "--skip-existing")) {
            assertTrue(usage.contains(option), option + " in\n" + usage);
        }
        assertTrue(!usage.contains("--password="), "the refused option is not offered: " + usage);
        assertEquals(Cli.USAGE, run("help", "exprot"));
        assertTrue(err().contains("exprot"), err());
    }

    @Test
    void theSigningCommandsNameTheirOptionsAndNeverOfferAPassphraseArgument() {
        assertEquals(Cli.OK, run("help", "keygen"));
        for (String option : List.of("--name", "--out", "--passphrase-file", "--passphrase-prompt")) {
            assertTrue(out().contains(option), option + " in\n" + out());
        }
        assertEquals(Cli.OK, run("sign", "--help"));
        for (String option : List.of("DATASET", "--key", "--passphrase-file", "--passphrase-prompt", "Exit codes")) {
            assertTrue(out().contains(option), option + " in\n" + out());
        }
        assertTrue(!out().contains("--passphrase="), "the refused option is not offered: " + out());
        assertEquals(Cli.OK, run("trust", "--help"));
        assertTrue(out().contains("attache trust FILE.pub") && out().contains("--list"), out());
        assertEquals(Cli.OK, run("validate", "--help"));
        assertTrue(out().contains("--require-signature") && out().contains("Signed by NAME (key ID) on DATE"), out());
    }

    @Test
    void theVersionIsOneLine() {
        assertEquals(Cli.OK, run("--version"));
        assertEquals(Cli.versionLine() + System.lineSeparator(), out());
        assertTrue(out().startsWith("Attaché "), out());
        assertEquals(Cli.OK, run("version"));
        assertEquals(Cli.versionLine() + System.lineSeparator(), out());
        assertEquals(Cli.OK, run("-V"));
        assertEquals(1, out().lines().count());
    }

    @Test
    void completionPrintsABashScriptForEveryCommandAndOption() {
        assertEquals(Cli.OK, run("completion"));
        String script = out();
        assertTrue(script.startsWith("#!/usr/bin/env bash"), script.substring(0, Math.min(200, script.length())));
        assertTrue(script.contains("complete -F _complete_attache") && script.contains("export")
                && script.contains("--recipients") && script.contains("--json")
                && script.contains("keygen") && script.contains("--passphrase-file"), "the script knows the commands");
        assertEquals("", err());
    }

    @Test
    void theWindowOpensOnlyWhenAskedFor() throws IOException {
        Path dataset = Files.writeString(dir.resolve("data.json"), "{}");
        Path pack = Files.writeString(dir.resolve("meeting.attache.json"), "{}");

        assertEquals(Cli.OK, run());
        assertEquals(Cli.OK, run("open", dataset.toString()));
        assertEquals(Cli.OK, run("open", dataset.toString(), pack.toString()));
        assertEquals(Cli.OK, run(pack.toString()), "a file alone, as a desktop opens one, opens it");
        assertEquals(List.of(List.of(), List.of(dataset), List.of(dataset, pack), List.of(pack)), windows);

        windows.clear();
        assertEquals(Cli.FAILED, run("open", dir.resolve("missing.json").toString()));
        assertTrue(err().contains("attache open: there is no file"), err());
        assertEquals(Cli.USAGE, run("open", dataset.toString(), dataset.toString()));
        assertTrue(err().contains("open takes a dataset, a pack, or one of each"), err());
        assertEquals(Cli.USAGE, run("open"));
        assertEquals(Cli.USAGE, run(dir.resolve("missing.json").toString()));
        assertTrue(err().contains("unknown command"), err());
        assertTrue(windows.isEmpty(), windows.toString());
    }
}
