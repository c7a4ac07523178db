package org.attache.core.document;

/** How a paragraph reads: body text, a larger lead, small print, or an indented quotation. */
public enum TextStyle {
    BODY, LEAD, SMALL, QUOTE
}
