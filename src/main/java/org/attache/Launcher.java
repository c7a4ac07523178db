package org.attache;

import javafx.application.Application;
import org.attache.app.AttacheApp;
import org.attache.cli.Cli;

/** Entry point of the jar: a command word runs the command line, anything else starts the desktop app. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(new Cli(System.out, System.err).run(args));
        }
        Application.launch(AttacheApp.class, args);
    }
}
