package org.attache.core.export;

import org.attache.core.document.PackComposer;
import org.attache.core.pack.Recipient;
import org.attache.core.pdf.Protection;

/**
 * How one copy of a pack is written, beyond what the pack file says: whose copy it is ({@code recipient}, or null
 * for an unstamped copy), whether it is locked with a password ({@code protection}, or null), whether it is an
 * archival PDF/A-2b ({@code archival}, the default), and the earlier dataset a "New since" section compares with
 * ({@code earlier}, or null). PDF/A forbids encryption, so a locked copy is never archival.
 */
public record ExportOptions(Recipient recipient, Protection protection, boolean archival, PackComposer.Earlier earlier) {
    public static final ExportOptions STANDARD = new ExportOptions(null, null, true);

    public ExportOptions {
        if (protection != null) archival = false;
    }

    public ExportOptions(Recipient recipient, Protection protection, boolean archival) {
        this(recipient, protection, archival, null);
    }

    public ExportOptions withRecipient(Recipient r) {
        return new ExportOptions(r, protection, archival, earlier);
    }

    public ExportOptions withProtection(Protection p) {
        return new ExportOptions(recipient, p, p == null && archival, earlier);
    }

    public ExportOptions withArchival(boolean a) {
        return new ExportOptions(recipient, protection, a, earlier);
    }

    public ExportOptions withEarlier(PackComposer.Earlier e) {
        return new ExportOptions(recipient, protection, archival, e);
    }
}
