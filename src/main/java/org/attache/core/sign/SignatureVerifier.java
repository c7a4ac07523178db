package org.attache.core.sign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.attache.core.io.Sha256;

/**
 * Checks a dataset file against its {@code .sig} and the keys trusted here: the signature must be made by a trusted
 * key over what the file says, and the dataset's exact bytes must have the SHA-256 it names.
 */
public final class SignatureVerifier {
    private final TrustedKeys trusted;

    public SignatureVerifier(TrustedKeys trusted) {
        this.trusted = trusted;
    }

    /** Reads the dataset's bytes to check them; an IOException when the dataset itself cannot be read. */
    public Verification verify(Path dataset) throws IOException {
        Path sig = SignatureFile.beside(dataset);
        if (!Files.exists(sig, LinkOption.NOFOLLOW_LINKS)) return Verification.unsigned(name(dataset));
        return verify(dataset, Sha256.of(dataset));
    }

    /** As {@link #verify(Path)}, with the SHA-256 of the dataset's bytes already taken by whoever read it. */
    public Verification verify(Path dataset, String sha256OfBytes) {
        String name = name(dataset);
        Path sig = SignatureFile.beside(dataset);
        if (!Files.exists(sig, LinkOption.NOFOLLOW_LINKS)) return Verification.unsigned(name);
        DetachedSignature signature;
        try {
            signature = SignatureFile.read(sig);
        } catch (SigningFileProblem e) {
            return Verification.malformed(name(sig), e.getMessage());
        }
        Optional<TrustedKey> key = trusted.find(signature.keyId());
        if (key.isEmpty()) return Verification.unknownKey(name, signature);
        if (!signature.isMadeBy(key.get())) return Verification.signatureAltered(name(sig), signature, key.get());
        if (!signature.sha256().equals(sha256OfBytes)) return Verification.altered(name, signature, key.get());
        return Verification.signed(name, signature, key.get());
    }

    private static String name(Path file) {
        return String.valueOf(file.getFileName());
    }
}
