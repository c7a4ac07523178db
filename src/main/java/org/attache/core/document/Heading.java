package org.attache.core.document;

/**
 * A section heading (level 1, listed in the contents and bookmarks), a sub-heading (level 2), or a compact
 * sub-heading for a page that must hold much in little room, such as the pocket card (level 3). A bilingual brief
 * gives a heading's {@code translation} too, set after it in a lighter face.
 */
public record Heading(int level, String text, String translation) implements Block {
    public Heading {
        if (level < 1 || level > 3) throw new IllegalArgumentException("heading level " + level);
        translation = translation == null ? "" : translation;
    }

    public Heading(int level, String text) {
        this(level, text, "");
    }

    /** The heading as the contents and bookmarks list it: with its translation, if any, after it. */
    public String listed() {
        return translation.isEmpty() ? text : text + " " + translation;
    }
}
