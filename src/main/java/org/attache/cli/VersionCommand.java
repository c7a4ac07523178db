package org.attache.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code version}: the one line {@code --version} prints. */
@Command(name = "version", description = "Print the version.")
final class VersionCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    private final PrintStream out;

    VersionCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        out.println(Cli.versionLine());
        return Cli.OK;
    }
}
