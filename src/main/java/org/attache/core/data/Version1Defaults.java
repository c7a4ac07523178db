package org.attache.core.data;

import org.attache.core.model.ActionKind;
import org.attache.core.model.ActorType;
import org.attache.core.model.Attribution;

/**
 * What a version-1 dataset leaves unsaid about its evidence, filled in one way for both the reader (which opens a
 * version-1 file as it is) and the migration (which writes it out as version 2). The defaults only read what the
 * file itself says: a note or a reporting body naming MOFA means Taiwan's government reports it.
 */
final class Version1Defaults {
    private Version1Defaults() {
    }

    static Attribution attributionFromNote(String note) {
        return mentionsMofa(note) ? Attribution.REPORTED_BY_TAIWAN : Attribution.OWN;
    }

    static Attribution attributionFromReporter(String reportedBy) {
        return mentionsMofa(reportedBy) ? Attribution.REPORTED_BY_TAIWAN : Attribution.OWN;
    }

    static ActorType actorType(ActionKind kind) {
        if (kind == null) return ActorType.GOVERNMENT;
        return switch (kind) {
            case LEGISLATIVE_LETTER, LEGISLATIVE_RESOLUTION, PARLIAMENTARIAN_COUNT, BILL -> ActorType.LEGISLATURE;
            case MEDIA -> ActorType.NON_GOVERNMENT;
            default -> ActorType.GOVERNMENT;
        };
    }

    /** Version-1 files said a title was a description only in the source's note. */
    static boolean titleIsDescription(String note) {
        return note != null && note.toLowerCase(java.util.Locale.ROOT).matches(".*title (here )?describes.*");
    }

    private static boolean mentionsMofa(String text) {
        return text != null && (text.contains("MOFA") || text.contains("Ministry of Foreign Affairs"));
    }
}
