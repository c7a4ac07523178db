package org.attache;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Application;
import org.attache.app.AttacheApp;
import org.attache.cli.Cli;
import org.attache.cli.ExportHeadStart;
import org.attache.cli.Window;

/**
 * Entry point of the jar: the command line, which opens the desktop app only when asked ({@code attache} alone, or
 * {@code attache open FILE}), and says so in one line when there is no display to show it on.
 */
public final class Launcher implements Window {
    static final String NO_DISPLAY = "attache: no display to show the window on; the command line works without one: "
            + "attache --help";

    private final PrintStream err;
    private final boolean display;
    private final Consumer<String[]> app;
    private boolean shown;

    Launcher(PrintStream err, boolean display, Consumer<String[]> app) {
        this.err = err;
        this.display = display;
        this.app = app;
    }

    public static void main(String[] args) {
        Launcher launcher = new Launcher(System.err, Window.canShow(System.getProperty("os.name", ""), System.getenv()),
                files -> Application.launch(AttacheApp.class, files));
        ExportHeadStart.begin(args);
        // "attache" alone is the window: started without reading the command line's definitions, which takes a while
        int code = args.length == 0 ? launcher.open(List.of()) : new Cli(System.out, System.err, System.getenv(), launcher).run(args);
        // once the window has been closed the run ends as it always has, letting the last background work finish
        if (!launcher.shown) System.exit(code);
    }

    @Override
    public int open(List<Path> files) {
        if (!display) return noDisplay();
        try {
            app.accept(files.stream().map(Path::toString).toArray(String[]::new));
        } catch (RuntimeException e) {
            if (isNoDisplay(e)) return noDisplay();
            throw e;
        }
        shown = true;
        return Cli.OK;
    }

    private int noDisplay() {
        err.println(NO_DISPLAY);
        return Cli.FAILED;
    }

    /**
     * Whether JavaFX failed to start for want of a display: its toolkit throws UnsupportedOperationException
     * ("Unable to open DISPLAY") before the app's own code runs, whose failures it wraps instead.
     */
    static boolean isNoDisplay(Throwable e) {
        if (e instanceof UnsupportedOperationException) return true;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Unable to open DISPLAY")) return true;
        }
        return false;
    }
}
