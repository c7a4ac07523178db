package org.attache.core.document;

/**
 * A section heading (level 1, listed in the contents and bookmarks), a sub-heading (level 2), or a compact
 * sub-heading for a page that must hold much in little room, such as the pocket card (level 3).
 */
public record Heading(int level, String text) implements Block {
    public Heading {
        if (level < 1 || level > 3) throw new IllegalArgumentException("heading level " + level);
    }
}
