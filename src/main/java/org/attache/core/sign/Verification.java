package org.attache.core.sign;

import java.time.Instant;

/**
 * What checking a dataset's signature found. {@code file} is the file the finding is about: the dataset, or its
 * {@code .sig} when that is what is wrong. {@code signer}, {@code keyId} and {@code signedAt} are what the signature
 * says (for {@link Status#SIGNED} and {@link Status#ALTERED}, with the trusted key's own name); for
 * {@link Status#UNKNOWN_KEY} they are unverified claims. {@code problem} says what is wrong with a signature file.
 */
public record Verification(Status status, String file, String signer, String keyId, Instant signedAt, String problem) {

    public enum Status {
        /** Signed by a trusted key, and the dataset's bytes are those that were signed. */
        SIGNED,
        /** No signature beside the dataset. */
        UNSIGNED,
        /** The dataset that ships inside Attaché: as trustworthy as the installed app itself. */
        BUNDLED,
        /** The dataset changed after it was signed, or the signature file was changed after it was made. */
        ALTERED,
        /** Signed by a key that is not trusted here: who signed is a claim that nothing checks. */
        UNKNOWN_KEY,
        /** The signature file cannot be read as one. */
        MALFORMED_SIGNATURE
    }

    public static Verification signed(String dataset, DetachedSignature s, TrustedKey key) {
        return new Verification(Status.SIGNED, dataset, key.signer(), key.keyId(), s.signedAt(), null);
    }

    public static Verification unsigned(String dataset) {
        return new Verification(Status.UNSIGNED, dataset, null, null, null, null);
    }

    public static Verification bundled(String dataset) {
        return new Verification(Status.BUNDLED, dataset, null, null, null, null);
    }

    /** The dataset's bytes are not those its (genuine) signature was made for. */
    public static Verification altered(String dataset, DetachedSignature s, TrustedKey key) {
        return new Verification(Status.ALTERED, dataset, key.signer(), key.keyId(), s.signedAt(), null);
    }

    /** The signature file says something its signature does not: it was edited, or pieced together. */
    public static Verification signatureAltered(String signatureFile, DetachedSignature s, TrustedKey key) {
        return new Verification(Status.ALTERED, signatureFile, key.signer(), key.keyId(), s.signedAt(),
                "what it says is not what was signed");
    }

    public static Verification unknownKey(String dataset, DetachedSignature s) {
        return new Verification(Status.UNKNOWN_KEY, dataset, s.signer(), s.keyId(), s.signedAt(), null);
    }

    public static Verification malformed(String signatureFile, String problem) {
        return new Verification(Status.MALFORMED_SIGNATURE, signatureFile, null, null, null, problem);
    }

    /** Whether the dataset is vouched for: signed by a trusted key and unchanged, or part of the app. */
    public boolean vouched() {
        return status == Status.SIGNED || status == Status.BUNDLED;
    }

    /** Whether a reader must be warned: the dataset or its signature was changed, or it cannot be checked. */
    public boolean warns() {
        return status == Status.ALTERED || status == Status.UNKNOWN_KEY || status == Status.MALFORMED_SIGNATURE;
    }

    /** For {@link Status#ALTERED}: whether it is the signature file, not the dataset, that was changed. */
    public boolean signatureFileAltered() {
        return status == Status.ALTERED && problem != null;
    }
}
