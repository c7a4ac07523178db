package org.attache.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.core.pack.Pack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code open FILE}: the desktop app on a dataset, a briefing pack, or one of each. */
@Command(name = "open", description = {"Open the desktop app on a dataset or a briefing pack.",
        "FILE is a dataset, a pack (" + Pack.FILE_SUFFIX + "), or one of each. A pack opens on the dataset opened last, unless a dataset is named too."})
final class OpenCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Parameters(arity = "1..2", paramLabel = "FILE", description = "a dataset (.json) or a briefing pack")
    List<Path> files;

    private final PrintStream err;
    private final Window window;

    OpenCommand(PrintStream err, Window window) {
        this.err = err;
        this.window = window;
    }

    @Override
    public Integer call() throws UsageException {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                err.println("attache open: there is no file " + file);
                return Cli.FAILED;
            }
        }
        long packs = files.stream().filter(OpenCommand::isPack).count();
        if (files.size() == 2 && packs != 1) throw new UsageException("open takes a dataset, a pack, or one of each");
        return window.open(files);
    }

    private static boolean isPack(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(Pack.FILE_SUFFIX);
    }
}
