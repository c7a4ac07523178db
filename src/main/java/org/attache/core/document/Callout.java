package org.attache.core.document;

/** A boxed aside: the user's notes for a section, or an honest statement that there is nothing to show. */
public record Callout(String title, String text) implements Block {
}
