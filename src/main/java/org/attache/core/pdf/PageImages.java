package org.attache.core.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Pictures of a PDF's pages, drawn from the PDF itself so a preview shows exactly what prints. */
public final class PageImages {
    private PageImages() {
    }

    /** Every page at {@code scale} pixels per point (1 = 72 dpi). */
    public static List<BufferedImage> render(byte[] pdf, float scale) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            renderer.setSubsamplingAllowed(false);
            List<BufferedImage> pages = new ArrayList<>(document.getNumberOfPages());
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                if (Thread.currentThread().isInterrupted()) throw new IOException("preview cancelled");
                pages.add(renderer.renderImage(i, scale, ImageType.RGB));
            }
            return pages;
        }
    }
}
