package org.attache;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import org.attache.app.AttacheApp;
import org.attache.cli.Cli;
import org.attache.cli.Window;

/**
 * What the app does at its most common starts, all in one run, for the installer build to record: the build runs
 * this with the JVM recording an ahead-of-time cache (JDK 25 and later), or the classes it loads (JDK 17), and the
 * installed app then starts from that record. The commands: an English and a bilingual export, a small batch and a
 * check of the dataset; the window: shown until the dataset is shown (it needs a display):
 * <pre>java -cp CLASS_PATH org.attache.StartupTraining WORK_FOLDER commands|window|both</pre>
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length == 2 ? args[1] : "";
        if (!List.of("commands", "window", "both").contains(mode)) {
            System.err.println("usage: StartupTraining WORK_FOLDER commands|window|both");
            System.exit(Cli.USAGE);
        }
        Path work = Files.createDirectories(Path.of(args[0]));
        if (!mode.equals("window")) commands(work);
        if (!mode.equals("commands")) window(work);
        System.exit(Cli.OK);
    }

    private static void commands(Path work) throws Exception {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8");
        Window none = files -> Cli.FAILED;
        String created = "2026-01-01T00:00:00Z";
        List<String[]> commands = List.of(
                new String[] {"version"},
                new String[] {"export", "--country", "LV", "--created", created, "--out", work.resolve("LV.pdf").toString()},
                new String[] {"export", "--country", "LV", "--language", "zh-Hant+en", "--created", created, "--out",
                        work.resolve("LV-zh.pdf").toString()},
                new String[] {"export", "--countries", "LV,US,NL", "--created", created, "--out",
                        work.resolve("batch").toString()},
                new String[] {"validate"});
        for (String[] command : commands) {
            int code = new Cli(quiet, quiet, Map.of(), none).run(command);
            if (code != Cli.OK) {
                System.err.println("StartupTraining: " + String.join(" ", command) + " ended with " + code);
                System.exit(Cli.FAILED);
            }
        }
    }

    /** The window, opened as the launcher opens it; it closes itself once the dataset is shown. */
    private static void window(Path work) {
        System.setProperty("attache.exitAfterStartup", "true");
        System.setProperty("attache.settings", "memory");
        for (String folder : List.of("logDir", "recoveryDir", "seenDir")) {
            System.setProperty("attache." + folder, work.resolve(folder).toString());
        }
        if (new Launcher(System.err, true, files -> Application.launch(AttacheApp.class, files)).open(List.of()) != Cli.OK) {
            System.exit(Cli.FAILED);
        }
    }
}
