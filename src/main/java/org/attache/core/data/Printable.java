package org.attache.core.data;

/**
 * A value from a file as a message may show it: in quotes, control characters written as escapes (so a value can
 * neither clear a terminal nor start a line of its own) and cut short when long.
 */
public final class Printable {
    static final int MAX = 80;

    private Printable() {
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
            if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || cp == 0x2028 || cp == 0x2029) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.append('\u201d').toString();
    }
}
