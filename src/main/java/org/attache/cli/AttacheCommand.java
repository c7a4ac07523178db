package org.attache.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attache}: the desktop app when given nothing else, the commands below it otherwise. */
@Command(name = "attache", versionProvider = AttacheCommand.VersionLine.class,
        synopsisSubcommandLabel = "[COMMAND]",
        description = {"Briefing packs on Taiwan's INTERPOL participation campaign, offline.",
                "With no command, opens the desktop app on the dataset opened last (or the bundled one)."},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = {"Results go to standard output, problems to standard error.",
                "Exit codes: 0 done, 1 failed (an invalid dataset, a file that cannot be written), 2 a mistake in the "
                        + "command.",
                "\"attache help COMMAND\" or \"attache COMMAND --help\" shows a command's options."})
final class AttacheCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version and exit.")
    boolean version;

    private final Window window;

    AttacheCommand(Window window) {
        this.window = window;
    }

    @Override
    public Integer call() {
        return window.open(List.of());
    }

    /** {@code --version}: one line, as {@code attache version} prints it. */
    static final class VersionLine implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Cli.versionLine()};
        }
    }
}
