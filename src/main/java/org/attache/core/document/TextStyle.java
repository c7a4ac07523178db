package org.attache.core.document;

/**
 * How a paragraph reads: body text, a larger lead, small print, an indented quotation, or compact body text (a
 * little smaller and closer, for a page that must hold much in little room, such as the pocket card).
 */
public enum TextStyle {
    BODY, LEAD, SMALL, QUOTE, COMPACT
}
