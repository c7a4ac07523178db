package org.attache.app.pack;

import java.awt.image.BufferedImage;
import java.util.List;

/** A rendered pack: the PDF's bytes, pictures of its pages, and how long it took. */
public record Preview(byte[] pdf, List<BufferedImage> pages, long millis) {
    public Preview {
        pages = List.copyOf(pages);
    }
}
