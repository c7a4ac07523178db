package org.attache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attache.cli.Cli;
import org.attache.cli.Window;
import org.junit.jupiter.api.Test;

/** The window opens only when asked for, and without a display the run says so in one line, not a stack trace. */
class LauncherTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void linuxHasADisplayWhenXOrWaylandNamesOne() {
        assertFalse(Window.canShow("Linux", Map.of()));
        assertFalse(Window.canShow("Linux", Map.of("DISPLAY", " ")));
        assertTrue(Window.canShow("Linux", Map.of("DISPLAY", ":0")));
        assertTrue(Window.canShow("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0")));
        assertFalse(Window.canShow("FreeBSD", Map.of()));
        assertTrue(Window.canShow("Windows 11", Map.of()));
        assertTrue(Window.canShow("Mac OS X", Map.of()));
    }

    @Test
    void withoutADisplayTheWindowIsOneFriendlyLineAndExitOne() {
        Launcher launcher = new Launcher(errStream, false, files -> fail("JavaFX is not started without a display"));
        assertEquals(Cli.FAILED, launcher.open(List.of()));
        assertEquals(Launcher.NO_DISPLAY + System.lineSeparator(), err());
        assertTrue(err().startsWith("attache: no display to show the window on; the command line works without one: "
                + "attache --help"), err());
    }

    @Test
    void javaFxFindingNoDisplayIsTheSameLine() {
        Launcher launcher = new Launcher(errStream, true, files -> {
            throw new UnsupportedOperationException("Unable to open DISPLAY");
        });
        assertEquals(Cli.FAILED, launcher.open(List.of()));
        assertEquals(Launcher.NO_DISPLAY + System.lineSeparator(), err());
        assertTrue(Launcher.isNoDisplay(new RuntimeException("Application launch failed",
                new IllegalStateException("Unable to open DISPLAY"))));
    }

    @Test
    void theAppsOwnFailureIsNotMistakenForAMissingDisplay() {
        RuntimeException startFailed = new RuntimeException("Exception in Application start method",
                new IllegalStateException("a bug"));
        Launcher launcher = new Launcher(errStream, true, files -> {
            throw startFailed;
        });
        assertSame(startFailed, assertThrows(RuntimeException.class, () -> launcher.open(List.of())));
        assertEquals("", err());
    }

    @Test
    void theAppIsGivenTheFilesToOpen() {
        String[][] given = new String[1][];
        Launcher launcher = new Launcher(errStream, true, files -> given[0] = files);
        assertEquals(Cli.OK, launcher.open(List.of(Path.of("data.json"), Path.of("meeting.attache.json"))));
        assertArrayEquals(new String[] {"data.json", "meeting.attache.json"}, given[0]);
    }

    @Test
    void onTheCommandLineOnlyNoCommandOrOpenAsksForTheWindow() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Launcher launcher = new Launcher(errStream, false, files -> fail("no window"));
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), errStream, Map.of(), launcher);

        assertEquals(Cli.FAILED, cli.run());
        assertEquals(Launcher.NO_DISPLAY + System.lineSeparator(), err(), "one line, no stack trace");
        err.reset();
        assertEquals(Cli.USAGE, cli.run("frobnicate"));
        assertFalse(err().contains("display"), err());
        assertEquals(Cli.USAGE, cli.run("-v"));
        assertEquals(Cli.OK, cli.run("--version"));
        assertEquals("", out.toString(StandardCharsets.UTF_8).lines().skip(1).reduce("", String::concat));
    }
}
