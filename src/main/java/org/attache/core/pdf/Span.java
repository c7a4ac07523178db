package org.attache.core.pdf;

import java.awt.Color;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A run of text in one style. {@code rise} lifts it above the baseline (citation numbers); {@code cite} is the
 * source number it links to, or 0; {@code uri} is a web address it opens when clicked, or null; {@code language}
 * is the language of a run in another than the document's (the English of a bilingual brief), or null.
 */
record Span(String text, PDType0Font font, float size, Color colour, float rise, int cite, String uri, String language) {
    static Span of(String text, PDType0Font font, float size, Color colour) {
        return new Span(text, font, size, colour, 0, 0, null, null);
    }

    /** A web address, clickable where a reader's viewer allows. */
    static Span link(String text, String uri, PDType0Font font, float size, Color colour) {
        return new Span(text, font, size, colour, 0, 0, uri, null);
    }

    /** The same style in another font: a Chinese run of a Latin span. */
    Span withFont(PDType0Font other) {
        return new Span(text, other, size, colour, rise, cite, uri, language);
    }

    /** The same, said to be in another language than the document's, so that a screen reader changes its voice. */
    Span inLanguage(String tag) {
        return new Span(text, font, size, colour, rise, cite, uri, tag);
    }

    boolean sameStyle(Span other) {
        return font == other.font && size == other.size && colour.equals(other.colour) && rise == other.rise
                && cite == other.cite && java.util.Objects.equals(uri, other.uri)
                && java.util.Objects.equals(language, other.language);
    }
}
