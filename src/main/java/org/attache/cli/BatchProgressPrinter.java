package org.attache.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.attache.core.export.BatchItem;
import org.attache.core.export.BatchListener;

/** Batch progress on the command line: one line rewritten in place on a terminal, a line per country otherwise. */
final class BatchProgressPrinter implements BatchListener {
    private final PrintStream out;
    private final boolean terminal;
    private int lastWidth;

    BatchProgressPrinter(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void finished(BatchItem item, int done, int total) {
        String status = switch (item.status()) {
            case WRITTEN -> "written";
            case SKIPPED -> "skipped (already there)";
            case FAILED -> "FAILED: " + item.reason();
        };
        String line = String.format(Locale.ROOT, "[%d/%d] %s %s: %s", done, total, item.country().code(),
                item.country().name(), status);
        if (terminal) {
            String padded = line.length() < lastWidth ? line + " ".repeat(lastWidth - line.length()) : line;
            out.print("\r" + padded);
            lastWidth = line.length();
            if (item.status() == BatchItem.Status.FAILED) {
                out.println();
                lastWidth = 0;
            }
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Ends the rewritten line so the summary starts on its own. */
    synchronized void end() {
        if (terminal && lastWidth > 0) out.println();
        lastWidth = 0;
    }
}
