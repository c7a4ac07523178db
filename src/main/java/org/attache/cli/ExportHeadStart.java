package org.attache.cli;

import org.attache.core.pdf.PdfRenderer;

/**
 * What an export will need whatever its options, started in the background while the main thread reads the command
 * line and the dataset: the fonts every pack uses, parsed, with the charts' Java2D fonts. (Reading the bundled
 * dataset ahead as well was tried and made an export slower: both cores are busy by then, the second with the JIT
 * compiler.)
 */
public final class ExportHeadStart {
    private ExportHeadStart() {
    }

    /** Starts the head start when {@code args} are an export's; does nothing for any other command. */
    public static void begin(String[] args) {
        if (args.length > 0 && args[0].equals("export")) PdfRenderer.prepareFonts();
    }
}
