package org.attache.app.pack;

import java.awt.GraphicsEnvironment;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.attache.app.common.UiText;
import org.attache.core.pack.PaperSize;

/**
 * Prints a rendered pack through the system print dialog, page for page as the PDF, on the pack's paper.
 * Runs off the FX thread: the dialog and the printing block.
 */
final class PackPrinter {
    /** Why printing cannot start here, or null when it can. */
    static String unavailableReason() {
        if (GraphicsEnvironment.isHeadless()) return UiText.get("pack.print.headless");
        if (PrinterJob.lookupPrintServices().length == 0) {
            return UiText.get("pack.print.noPrinter");
        }
        return null;
    }

    static PrintRequestAttributeSet attributes(PaperSize paper, String jobName) {
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(paper == PaperSize.LETTER ? MediaSizeName.NA_LETTER : MediaSizeName.ISO_A4);
        attributes.add(new JobName(jobName, null));
        return attributes;
    }

    /** Shows the print dialog; returns whether the user printed. */
    static boolean print(byte[] pdf, PaperSize paper, String jobName) throws IOException, PrinterException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            PrintRequestAttributeSet attributes = attributes(paper, jobName);
            if (!job.printDialog(attributes)) return false;
            job.print(attributes);
            return true;
        }
    }
}
