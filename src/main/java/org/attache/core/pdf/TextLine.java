package org.attache.core.pdf;

import java.util.List;

/** One laid-out line: pieces of text, each at an x offset from the line's start. */
record TextLine(List<Piece> pieces, float width) {
    record Piece(float x, float width, String text, Span style) {
    }

    static final TextLine EMPTY = new TextLine(List.of(), 0);
}
