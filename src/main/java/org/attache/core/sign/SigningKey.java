package org.attache.core.sign;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;

/** A signer's key pair: the private key that signs datasets and the public key that the missions trust. */
public record SigningKey(String signer, PrivateKey privateKey, PublicKey publicKey) {
    public SigningKey {
        signer = SignerName.check(signer);
        if (privateKey == null || publicKey == null) throw new IllegalArgumentException("a signing key needs both keys");
    }

    /** A new key pair for {@code signer}; the name is checked as {@link SignerName#check} says. */
    public static SigningKey generate(String signer) {
        KeyPair pair = Ed25519.generate();
        return new SigningKey(signer, pair.getPrivate(), pair.getPublic());
    }

    public String keyId() {
        return Ed25519.keyId(publicKey);
    }

    /** What others need to check this key's signatures. */
    public TrustedKey publicPart() {
        return new TrustedKey(signer, publicKey);
    }
}
