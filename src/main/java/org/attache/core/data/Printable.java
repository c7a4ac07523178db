package org.attache.core.data;

/**
 * A value from a file as a message may show it: in quotes, control characters written as escapes (so a value can
 * neither clear a terminal nor start a line of its own) and cut short when long.
 */
public final class Printable {
    static final int MAX = 80;

    private Printable() {
    }

    /** The text with its control characters written as escapes, so that it stays on one line and does nothing. */
    public static String escaped(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                if (sb == null) sb = new StringBuilder(text.length() + 8).append(text, 0, i);
                sb.append(String.format("\\u%04x", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean isControl(int cp) {
        return cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || cp == 0x2028 || cp == 0x2029;
    }

    /** {@code "../../escaped/AD"}, {@code "a\u001b[2Jb"}, {@code "a very long …"}. */
    public static String quote(String value) {
        StringBuilder sb = new StringBuilder("\u201c");
        int shown = 0;
        for (int i = 0; i < value.length(); i = value.offsetByCodePoints(i, 1)) {
            if (shown++ == MAX) {
                sb.append('\u2026');
                break;
            }
            int cp = value.codePointAt(i);
            if (isControl(cp)) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.append('\u201d').toString();
    }
}
