package org.attache.core.export;

import org.attache.core.pack.Recipient;
import org.attache.core.pdf.Protection;

/**
 * How one copy of a pack is written, beyond what the pack file says: whose copy it is ({@code recipient}, or null
 * for an unstamped copy) and whether it is locked with a password ({@code protection}, or null).
 */
public record ExportOptions(Recipient recipient, Protection protection) {
    public static final ExportOptions STANDARD = new ExportOptions(null, null);

    public ExportOptions withRecipient(Recipient r) {
        return new ExportOptions(r, protection);
    }

    public ExportOptions withProtection(Protection p) {
        return new ExportOptions(recipient, p);
    }
}
