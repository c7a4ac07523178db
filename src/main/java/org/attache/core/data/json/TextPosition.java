package org.attache.core.data.json;

/** A line and column (both from 1) in a JSON text. */
public record TextPosition(int line, int column) {
    /** Line and column in one number, for values that must stay small. */
    public static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xFFFFFFFFL);
    }

    public static TextPosition unpack(long packed) {
        return new TextPosition((int) (packed >>> 32), (int) packed);
    }
}
