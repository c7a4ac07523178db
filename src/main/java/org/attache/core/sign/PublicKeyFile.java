package org.attache.core.sign;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import org.attache.core.io.AtomicFile;

/**
 * A signer's public key as a small JSON file anyone can read: the signer's name, the key id and the 32 bytes of the
 * Ed25519 key in Base64. The id is checked against the key, so a file cannot pass off one key under another's id.
 */
public final class PublicKeyFile {
    public static final String SUFFIX = ".pub";
    static final String FORMAT = "attache-public-key";
    private static final String KIND = "an Attaché public key";

    private PublicKeyFile() {
    }

    public static TrustedKey read(Path file) throws SigningFileProblem {
        return of(SigningJson.read(file, FORMAT, KIND));
    }

    /** The key in {@code bytes}, read from a place called {@code name} (a resource, a file). */
    public static TrustedKey parse(byte[] bytes, String name) throws SigningFileProblem {
        return of(SigningJson.parse(bytes, name, FORMAT, KIND));
    }

    private static TrustedKey of(SigningJson json) throws SigningFileProblem {
        if (!Ed25519.ALGORITHM.equals(json.text("algorithm"))) {
            throw new SigningFileProblem(json.file() + " holds a " + json.text("algorithm") + " key; Attaché signs with "
                    + Ed25519.ALGORITHM);
        }
        String keyId = json.text("keyId");
        return new TrustedKey(json.signer(), keyId, json.publicKey("publicKey", keyId));
    }

    public static byte[] bytes(TrustedKey key) {
        ObjectNode root = SigningJson.newObject(FORMAT);
        root.put("signer", key.signer());
        root.put("keyId", key.keyId());
        root.put("algorithm", Ed25519.ALGORITHM);
        root.put("publicKey", Base64.getEncoder().encodeToString(Ed25519.raw(key.key())));
        return SigningJson.bytes(root);
    }

    public static void write(Path file, TrustedKey key) throws IOException {
        AtomicFile.write(file, bytes(key));
    }
}
