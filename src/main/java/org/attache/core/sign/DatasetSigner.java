package org.attache.core.sign;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.attache.core.io.Sha256;

/** Signs a dataset file: the SHA-256 of its exact bytes, signed with the key, written beside it as {@code NAME.sig}. */
public final class DatasetSigner {
    private final SigningKey key;

    public DatasetSigner(SigningKey key) {
        this.key = key;
    }

    /** Signs {@code dataset} as it is on disk at {@code now}; the signature file is replaced whole. */
    public DetachedSignature sign(Path dataset, Instant now) throws IOException {
        DetachedSignature signature = DetachedSignature.make(key, Sha256.of(dataset), now);
        SignatureFile.write(SignatureFile.beside(dataset), signature);
        return signature;
    }
}
