package org.attache.cli;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.attache.core.sign.Verification;

/** A dataset's signature in one line, as {@code validate} prints it. */
final class SignatureLine {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private SignatureLine() {
    }

    static String of(Verification v) {
        return switch (v.status()) {
            case SIGNED -> "Signed by " + v.signer() + " (key " + v.keyId() + ") on " + WHEN.format(v.signedAt());
            case UNSIGNED -> "Not signed";
            case BUNDLED -> "Bundled with Attaché";
            case ALTERED -> v.signatureFileAltered()
                    ? "ALTERED: " + v.file() + " has been changed since it was made: " + v.problem()
                    : "ALTERED: " + v.file() + " has changed since " + v.signer() + " signed it on " + WHEN.format(v.signedAt());
            case UNKNOWN_KEY -> "Signed by a key this app does not trust: " + v.keyId() + " (claims to be " + v.signer()
                    + ")";
            case MALFORMED_SIGNATURE -> "SIGNATURE UNREADABLE: " + v.problem();
        };
    }

    /** The signing time as this line writes it: "2026-05-01 09:30 UTC". */
    static String when(Verification v) {
        return v.signedAt() == null ? null : WHEN.format(v.signedAt());
    }

    /** Whether the signature fails the dataset: it, or its signature, was changed, or the signature cannot be read. */
    static boolean fails(Verification v) {
        return v.status() == Verification.Status.ALTERED || v.status() == Verification.Status.MALFORMED_SIGNATURE;
    }
}
