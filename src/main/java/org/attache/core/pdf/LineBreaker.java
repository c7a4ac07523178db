package org.attache.core.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks styled text into lines no wider than a measure: at spaces, and in Chinese between characters, never
 * before a closing mark such as ，。、）」 nor after an opening one such as （「. A word longer than a whole line (a
 * long web address) is broken after a slash, hyphen or other separator where it can be, else between characters,
 * so nothing runs past the margin. Text a font cannot show is set in the Chinese face ({@link Fonts#runs}).
 */
final class LineBreaker {
    private final Fonts fonts;

    LineBreaker(Fonts fonts) {
        this.fonts = fonts;
    }

    /** A piece of a word: its text, its style, whether a space comes before it, its width, and its span's index. */
    private record Token(String text, Span style, boolean spaceBefore, float width, int span) {
    }

    /**
     * Text measured once, word by word, to count its lines at many measures quickly (sizing a table's columns).
     * {@code widest} is its widest word, the narrowest measure that breaks it only at spaces; {@code natural} its
     * width on one line.
     */
    static final class Measured {
        private final float[] words;
        private final float[] spaces;
        final float widest;
        final float natural;

        private Measured(float[] words, float[] spaces) {
            this.words = words;
            this.spaces = spaces;
            float w = 0;
            float n = 0;
            for (int i = 0; i < words.length; i++) {
                w = Math.max(w, words[i]);
                n += (i == 0 ? 0 : spaces[i]) + words[i];
            }
            widest = w;
            natural = n;
        }

        /** Lines the text takes at a measure no narrower than its widest word, as {@link #wrap} sets it. */
        int lines(float measure) {
            int lines = 1;
            float width = 0;
            for (int i = 0; i < words.length; i++) {
                float space = width == 0 || spaces[i] == 0 ? 0 : spaces[i];
                if (width > 0 && width + space + words[i] > measure) {
                    lines++;
                    width = words[i];
                } else {
                    width += space + words[i];
                }
            }
            return lines;
        }
    }

    Measured measure(List<Span> spans) {
        List<List<Token>> all = words(spans);
        float[] words = new float[all.size()];
        float[] spaces = new float[all.size()];
        for (int i = 0; i < all.size(); i++) {
            List<Token> word = all.get(i);
            words[i] = (float) word.stream().mapToDouble(Token::width).sum();
            spaces[i] = word.get(0).spaceBefore() ? spaceWidth(word.get(0).style()) : 0;
        }
        return new Measured(words, spaces);
    }

    /**
     * {@code text} on one line in one face and colour, its size lowered from {@code size} in half points (to 5 at
     * the least) until it fits {@code width}: for a marking, a stamp or a footer that must not wrap or be cut.
     */
    TextLine oneLine(String text, org.apache.pdfbox.pdmodel.font.PDType0Font font, float size, java.awt.Color colour,
                     float width) {
        TextLine line = wrap(List.of(Span.of(text, font, size, colour)), Float.MAX_VALUE).get(0);
        while (size > 5 && line.width() > width) {
            size -= 0.5f;
            line = wrap(List.of(Span.of(text, font, size, colour)), Float.MAX_VALUE).get(0);
        }
        return line;
    }

    /**
     * The spans broken into lines no wider than {@code maxWidth}. Lines are planned in terms of faces, not of this
     * document's fonts, so a plan made for one pack serves every other pack that sets the same text the same way.
     */
    List<TextLine> wrap(List<Span> spans, float maxWidth) {
        LinePlans.Key key = LinePlans.key(fonts, spans, maxWidth);
        List<LinePlans.Line> plan = LinePlans.get(key);
        if (plan == null) {
            plan = plan(spans, maxWidth);
            LinePlans.put(key, plan);
        }
        return LinePlans.lines(fonts, spans, plan);
    }

    private List<LinePlans.Line> plan(List<Span> spans, float maxWidth) {
        List<List<Token>> words = words(spans);
        List<LinePlans.Line> lines = new ArrayList<>();
        LineBuilder line = new LineBuilder();
        for (List<Token> word : words) {
            float wordWidth = (float) word.stream().mapToDouble(Token::width).sum();
            float space = line.isEmpty() || !word.get(0).spaceBefore() ? 0 : spaceWidth(word.get(0).style());
            if (!line.isEmpty() && line.width + space + wordWidth > maxWidth) {
                lines.add(line.build());
                line = new LineBuilder();
                space = 0;
            }
            if (wordWidth > maxWidth) {
                for (Token t : word) line = addBroken(t, line, lines, maxWidth);
                continue;
            }
            boolean first = true;
            for (Token t : word) {
                line.add(t, first ? space : 0);
                first = false;
            }
        }
        if (!line.isEmpty()) lines.add(line.build());
        return lines;
    }

    /** Adds a token too long for any line, breaking after a separator in the line's part where there is one. */
    private LineBuilder addBroken(Token t, LineBuilder line, List<LinePlans.Line> lines, float maxWidth) {
        StringBuilder chunk = new StringBuilder();
        int i = 0;
        String text = t.text();
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String next = chunk + new String(Character.toChars(cp));
            float w = fonts.width(t.style().font(), t.style().size(), next);
            if (line.width + w > maxWidth && (chunk.length() > 0 || !line.isEmpty())) {
                int cut = lastSeparator(chunk);
                String carried = cut > 0 ? chunk.substring(cut) : "";
                if (cut > 0) chunk.setLength(cut);
                if (chunk.length() > 0) line.add(token(chunk.toString(), t), 0);
                lines.add(line.build());
                line = new LineBuilder();
                chunk.setLength(0);
                chunk.append(carried);
                continue;
            }
            chunk.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (chunk.length() > 0) line.add(token(chunk.toString(), t), 0);
        return line;
    }

    /** Where to end a line inside an address: just after its last separator, or 0 when it has none worth using. */
    private static int lastSeparator(CharSequence chunk) {
        for (int k = chunk.length() - 1; k > chunk.length() / 3; k--) {
            if ("/-.?&=_#".indexOf(chunk.charAt(k)) >= 0) return k + 1;
        }
        return 0;
    }

    /** A part of {@code whole}, in its style. */
    private Token token(String text, Token whole) {
        return new Token(text, whole.style(), false, fonts.width(whole.style().font(), whole.style().size(), text),
                whole.span());
    }

    private float spaceWidth(Span style) {
        return fonts.width(style.font(), style.size(), " ");
    }

    /** A run of one span in one font, cleaned, where it starts in the text of all the spans, and its span's index. */
    private record Run(String text, Span style, int start, int span) {
    }

    /**
     * Splits spans into words: tokens glued together with no break between, such as "statement" and "[1]", or a
     * Chinese character and the comma after it. A citation mark such as "[3, 4]" never breaks inside, and stays
     * with the word before it.
     */
    private List<List<Token>> words(List<Span> spans) {
        List<Run> runs = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (int s = 0; s < spans.size(); s++) {
            Span span = spans.get(s);
            for (Fonts.Run run : fonts.runs(span.font(), span.text())) {
                String text = fonts.clean(run.font(), run.text());
                runs.add(new Run(text, run.font() == span.font() ? span : span.withFont(run.font()), all.length(), s));
                all.append(text);
            }
        }
        boolean[] breakBefore = ChineseBreaks.opportunities(all);
        List<List<Token>> words = new ArrayList<>();
        boolean pendingSpace = false;
        for (Run run : runs) {
            String text = run.text();
            if (run.style().cite() > 0 && !words.isEmpty()) {
                words.get(words.size() - 1).add(new Token(text, run.style(), false,
                        fonts.width(run.style().font(), run.style().size(), text), run.span()));
                pendingSpace = false;
                continue;
            }
            int i = 0;
            while (i < text.length()) {
                if (text.charAt(i) == ' ') {
                    pendingSpace = true;
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != ' ' && !breakBefore[run.start() + j]) j++;
                String part = text.substring(i, j);
                if (pendingSpace || words.isEmpty() || breakBefore[run.start() + i]) words.add(new ArrayList<>());
                words.get(words.size() - 1).add(new Token(part, run.style(), pendingSpace,
                        fonts.width(run.style().font(), run.style().size(), part), run.span()));
                pendingSpace = false;
                i = j;
            }
        }
        return words;
    }

    /** Collects tokens into pieces, merging neighbours of the same style so text stays searchable. */
    private final class LineBuilder {
        private final List<LinePlans.Piece> pieces = new ArrayList<>();
        private Span lastStyle;
        private float width;

        boolean isEmpty() {
            return pieces.isEmpty();
        }

        void add(Token t, float space) {
            if (!pieces.isEmpty() && lastStyle.sameStyle(t.style())) {
                LinePlans.Piece last = pieces.get(pieces.size() - 1);
                String glue = space > 0 ? " " : "";
                pieces.set(pieces.size() - 1, new LinePlans.Piece(last.x(), last.width() + space + t.width(),
                        last.text() + glue + t.text(), last.span(), last.face()));
                width += space + t.width();
                return;
            }
            pieces.add(new LinePlans.Piece(width + space, t.width(), t.text(), t.span(), fonts.face(t.style().font())));
            lastStyle = t.style();
            width += space + t.width();
        }

        LinePlans.Line build() {
            return new LinePlans.Line(List.copyOf(pieces), width);
        }
    }
}
