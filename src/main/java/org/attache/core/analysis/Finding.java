package org.attache.core.analysis;

/**
 * Something a check found in a dataset: the record (as read), the field concerned ("summary", or "figure.unit" for
 * a field of a nested object; null for the whole record), and what to fix.
 */
public record Finding(Object record, String field, String message) {
}
