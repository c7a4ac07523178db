package org.attache.core.data.json;

/** A line and column (both from 1) in a JSON text. */
public record TextPosition(int line, int column) {
}
