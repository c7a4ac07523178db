package org.attache.core.document;

/** A section heading (level 1, listed in the contents and bookmarks) or a sub-heading (level 2). */
public record Heading(int level, String text) implements Block {
    public Heading {
        if (level < 1 || level > 2) throw new IllegalArgumentException("heading level " + level);
    }
}
