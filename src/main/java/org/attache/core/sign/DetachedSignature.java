package org.attache.core.sign;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * What a {@code .sig} file says: who signed (name and key id), when, the SHA-256 of the dataset's bytes, and the
 * Ed25519 signature over a {@link #statement()} of all four, so that none of them can be changed without notice.
 */
public record DetachedSignature(String signer, String keyId, Instant signedAt, String sha256, byte[] signature) {
    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{" + Ed25519.KEY_ID_LENGTH + "}");

    public DetachedSignature {
        signer = SignerName.check(signer);
        if (keyId == null || !KEY_ID.matcher(keyId).matches()) throw new IllegalArgumentException("not a key id: " + keyId);
        if (sha256 == null || !SHA256.matcher(sha256).matches()) throw new IllegalArgumentException("not a SHA-256: " + sha256);
        if (signedAt == null) throw new IllegalArgumentException("a signature has a time");
        signedAt = signedAt.truncatedTo(ChronoUnit.SECONDS);
        signature = signature.clone();
    }

    /** A signature made now by {@code key} of the dataset whose bytes have the SHA-256 {@code sha256}. */
    static DetachedSignature make(SigningKey key, String sha256, Instant signedAt) {
        DetachedSignature unsigned = new DetachedSignature(key.signer(), key.keyId(), signedAt, sha256, new byte[0]);
        byte[] signature = Ed25519.sign(key.privateKey(), unsigned.statement());
        return new DetachedSignature(key.signer(), key.keyId(), signedAt, sha256, signature);
    }

    /**
     * The exact bytes signed: one field a line in a fixed order, in UTF-8. A name is one line (see {@link SignerName})
     * and the other fields are hexadecimal digits or a time, so no two signatures' statements can be confused.
     */
    public byte[] statement() {
        return ("Attaché dataset signature, version " + SigningJson.VERSION + "\n"
                + "sha256: " + sha256 + "\n"
                + "signer: " + signer + "\n"
                + "key: " + keyId + "\n"
                + "signed-at: " + signedAtText() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The signing time in UTC, to the second: "2026-05-01T09:30:00Z". */
    public String signedAtText() {
        return DateTimeFormatter.ISO_INSTANT.format(signedAt);
    }

    /** Whether {@code key} made this signature of what it says; says nothing of any dataset's bytes. */
    boolean isMadeBy(TrustedKey key) {
        return key.keyId().equals(keyId) && Ed25519.verify(key.key(), statement(), signature);
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }
}
