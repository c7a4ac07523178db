package org.attache.app.common;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The app's log: one file per user (on Linux ~/.local/state/attache/attache.log, on Windows under
 * %LOCALAPPDATA%\Attache, on macOS ~/Library/Logs/Attache), kept to three files of a megabyte, so that what went
 * wrong can be found afterwards instead of being printed to a console nobody sees.
 */
public final class AppLog {
    private static final Logger ROOT = Logger.getLogger("org.attache");
    private static Path file;

    private AppLog() {
    }

    /** Sends the app's records (and the JavaFX runtime's warnings) to the user's log file; false if it cannot. */
    public static synchronized boolean start() {
        if (file != null) return true;
        Path dir = folder();
        try {
            Files.createDirectories(dir);
            FileHandler handler = new FileHandler(dir.resolve("attache.%g.log").toString(), 1 << 20, 3, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            LogManager.getLogManager().reset();
            Logger.getLogger("").addHandler(handler);
            Logger.getLogger("").setLevel(Level.INFO);
            file = dir.resolve("attache.0.log");
            return true;
        } catch (IOException | SecurityException e) {
            ROOT.log(Level.WARNING, "the log file cannot be written in " + dir, e);
            return false;
        }
    }

    /** The file the log is written to, or null when it is not written to a file. */
    public static synchronized Path file() {
        return file;
    }

    public static Logger logger(Class<?> type) {
        return Logger.getLogger(type.getName());
    }

    /** The folder for the user's log: {@code attache.logDir} when set, else the platform's place for logs. */
    static Path folder() {
        String set = System.getProperty("attache.logDir");
        if (set != null && !set.isBlank()) return Path.of(set);
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local == null ? home.resolve("AppData").resolve("Local") : Path.of(local)).resolve("Attache");
        }
        if (os.contains("mac")) return home.resolve("Library").resolve("Logs").resolve("Attache");
        String state = System.getenv("XDG_STATE_HOME");
        return (state == null || state.isBlank() ? home.resolve(".local").resolve("state") : Path.of(state)).resolve("attache");
    }

    /**
     * The folder where unsaved work is kept for recovery: {@code attache.recoveryDir} when set, else beside the log
     * in the platform's place for an application's state.
     */
    public static Path recoveryFolder() {
        String set = System.getProperty("attache.recoveryDir");
        if (set != null && !set.isBlank()) return Path.of(set);
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return Path.of(System.getProperty("user.home"), "Library", "Application Support", "Attache", "Recovery");
        }
        return folder().resolve("recovery");
    }

    /**
     * The folder where the version of each dataset opened last is kept, to say what the next opening changes:
     * {@code attache.seenDir} when set, else beside the recovery folder.
     */
    public static Path seenFolder() {
        String set = System.getProperty("attache.seenDir");
        if (set != null && !set.isBlank()) return Path.of(set);
        return recoveryFolder().resolveSibling("seen");
    }

    /** A failure with its stack trace, as text to copy into a message to whoever supports the app. */
    public static String details(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
