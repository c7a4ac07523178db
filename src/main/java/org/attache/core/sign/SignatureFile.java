package org.attache.core.sign;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.attache.core.io.AtomicFile;

/** The detached signature beside a dataset, {@code campaign.json.sig} for {@code campaign.json}: a small JSON file. */
public final class SignatureFile {
    public static final String SUFFIX = ".sig";
    static final String FORMAT = "attache-signature";
    private static final String KIND = "an Attaché signature";

    private SignatureFile() {
    }

    /** Where the signature of {@code dataset} is kept. */
    public static Path beside(Path dataset) {
        return dataset.resolveSibling(dataset.getFileName() + SUFFIX);
    }

    public static DetachedSignature read(Path file) throws SigningFileProblem {
        SigningJson json = SigningJson.read(file, FORMAT, KIND);
        String name = json.file();
        if (!Ed25519.ALGORITHM.equals(json.text("algorithm"))) {
            throw new SigningFileProblem(name + " is a " + json.text("algorithm") + " signature; Attaché signs with "
                    + Ed25519.ALGORITHM);
        }
        String keyId = json.text("keyId");
        if (!DetachedSignature.KEY_ID.matcher(keyId).matches()) throw new SigningFileProblem(name + ": \"" + keyId + "\" is not a key id");
        String sha256 = json.text("sha256");
        if (!DetachedSignature.SHA256.matcher(sha256).matches()) {
            throw new SigningFileProblem(name + ": \"sha256\" is not 64 hexadecimal digits");
        }
        Instant signedAt;
        try {
            signedAt = Instant.parse(json.text("signedAt"));
        } catch (DateTimeParseException e) {
            throw new SigningFileProblem(name + ": \"signedAt\" is not a time such as 2026-05-01T09:30:00Z");
        }
        byte[] signature = json.base64("signature");
        if (signature.length != Ed25519.SIGNATURE_BYTES) {
            throw new SigningFileProblem(name + ": \"signature\" is not an Ed25519 signature");
        }
        return new DetachedSignature(json.signer(), keyId, signedAt, sha256, signature);
    }

    public static byte[] bytes(DetachedSignature signature) {
        ObjectNode root = SigningJson.newObject(FORMAT);
        root.put("signer", signature.signer());
        root.put("keyId", signature.keyId());
        root.put("signedAt", signature.signedAtText());
        root.put("sha256", signature.sha256());
        root.put("algorithm", Ed25519.ALGORITHM);
        root.put("signature", Base64.getEncoder().encodeToString(signature.signature()));
        return SigningJson.bytes(root);
    }

    /** Written whole or not at all: a reader finds the old signature or the new one, never half of one. */
    public static void write(Path file, DetachedSignature signature) throws IOException {
        AtomicFile.write(file, bytes(signature));
    }
}
