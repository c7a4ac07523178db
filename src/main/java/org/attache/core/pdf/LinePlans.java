package org.attache.core.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text already broken into lines, learnt once per process and shared by every pack and thread, as
 * {@link FaceMetrics} shares widths: a batch of packs sets the same paragraphs (the asks, the record, the sources)
 * again and again at the same measures. A plan names faces and spans by index, never a document's fonts, so it
 * serves any document; breaking text is a pure function of the spans' text and style, their faces and the measure.
 */
final class LinePlans {
    /** Beyond this many texts the plans start again, so that a long session's texts cannot grow them without end. */
    private static final int MOST_TEXTS = 20_000;
    private static final Map<Key, List<Line>> PLANS = new ConcurrentHashMap<>();

    /** A span as line breaking sees it: its document's font replaced by the face it is. */
    record Style(String text, FontFace face, float size, Color colour, float rise, int cite, String uri, String language) {
        boolean same(Style o) {
            return text.equals(o.text) && face == o.face && size == o.size && colour.equals(o.colour) && rise == o.rise
                    && cite == o.cite && Objects.equals(uri, o.uri) && Objects.equals(language, o.language);
        }

        int hash() {
            return ((text.hashCode() * 31 + face.ordinal()) * 31 + Float.floatToIntBits(size)) * 31 + colour.getRGB();
        }
    }

    /**
     * Spans at a measure. Its hash is worked out once and its equality written out: they are asked for every text
     * of every pack, and a record's generated methods are slow before the JIT's second tier.
     */
    static final class Key {
        private final List<Style> spans;
        private final float measure;
        private final int hash;

        Key(List<Style> spans, float measure) {
            this.spans = spans;
            this.measure = measure;
            int h = Float.floatToIntBits(measure);
            for (Style s : spans) h = h * 31 + s.hash();
            this.hash = h;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Key k) || k.hash != hash || k.measure != measure || k.spans.size() != spans.size()) {
                return false;
            }
            for (int i = 0; i < spans.size(); i++) if (!spans.get(i).same(k.spans.get(i))) return false;
            return true;
        }
    }

    /** A piece of a line: at {@code x}, so wide, this text, in the style of span number {@code span} set in {@code face}. */
    record Piece(float x, float width, String text, int span, FontFace face) {
    }

    record Line(List<Piece> pieces, float width) {
    }

    private LinePlans() {
    }

    static Key key(Fonts fonts, List<Span> spans, float measure) {
        List<Style> styles = new ArrayList<>(spans.size());
        for (Span s : spans) {
            styles.add(new Style(s.text(), fonts.face(s.font()), s.size(), s.colour(), s.rise(), s.cite(), s.uri(),
                    s.language()));
        }
        return new Key(styles, measure);
    }

    static List<Line> get(Key key) {
        return PLANS.get(key);
    }

    static void put(Key key, List<Line> plan) {
        if (PLANS.size() >= MOST_TEXTS) PLANS.clear();
        PLANS.put(key, plan);
    }

    /** The plan's lines in this document's fonts, each piece in the style of its span. */
    static List<TextLine> lines(Fonts fonts, List<Span> spans, List<Line> plan) {
        List<TextLine> lines = new ArrayList<>(plan.size());
        for (Line line : plan) {
            List<TextLine.Piece> pieces = new ArrayList<>(line.pieces().size());
            for (Piece p : line.pieces()) {
                Span span = spans.get(p.span());
                PDType0Font font = fonts.get(p.face());
                pieces.add(new TextLine.Piece(p.x(), p.width(), p.text(), font == span.font() ? span : span.withFont(font)));
            }
            lines.add(new TextLine(List.copyOf(pieces), line.width()));
        }
        return lines;
    }
}
