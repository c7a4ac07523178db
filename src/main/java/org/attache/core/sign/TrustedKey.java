package org.attache.core.sign;

import java.security.PublicKey;

/** A public key and the signer it belongs to: what a {@code .pub} file holds and what a signature is checked with. */
public record TrustedKey(String signer, String keyId, PublicKey key) {
    public TrustedKey {
        signer = SignerName.check(signer);
        if (key == null || !Ed25519.keyId(key).equals(keyId)) {
            throw new IllegalArgumentException("the key id " + keyId + " is not the id of the key");
        }
    }

    public TrustedKey(String signer, PublicKey key) {
        this(signer, Ed25519.keyId(key), key);
    }
}
