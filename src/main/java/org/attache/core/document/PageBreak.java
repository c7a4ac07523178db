package org.attache.core.document;

/** Starts the next block on a new page. */
public record PageBreak() implements Block {
}
