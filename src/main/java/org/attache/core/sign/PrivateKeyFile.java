package org.attache.core.sign;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.attache.core.io.AtomicFile;

/**
 * A signer's private key, kept in a file that is useless without its passphrase: the key (PKCS #8) is encrypted with
 * AES-256-GCM under a key derived from the passphrase by PBKDF2-HMAC-SHA256 with a random salt; the signer's name,
 * key id and public key stand in clear beside it and are bound to it, so that none can be changed unnoticed.
 */
public final class PrivateKeyFile {
    public static final String SUFFIX = ".key";
    /** What OWASP asks of PBKDF2-HMAC-SHA256 (2023): the passphrase costs a guesser about half a second a try. */
    public static final int ITERATIONS = 600_000;
    /** The fewest and most iterations a key file may ask for: a weaker file is refused, and so is a runaway one. */
    public static final int MIN_ITERATIONS = 10_000;
    static final int MAX_ITERATIONS = 10_000_000;
    public static final int MIN_PASSPHRASE_LENGTH = 12;
    static final String FORMAT = "attache-private-key";
    private static final String KIND = "an Attaché private key";
    private static final String KDF = "PBKDF2WithHmacSHA256";
    private static final String CIPHER = "AES-256-GCM";
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    /** Writes keys with {@link #ITERATIONS}. */
    public PrivateKeyFile() {
        this(ITERATIONS);
    }

    /** Writes keys with another work factor (tests use the fewest allowed); reading follows the file's own. */
    public PrivateKeyFile(int iterations) {
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be from " + MIN_ITERATIONS + " to " + MAX_ITERATIONS);
        }
        this.iterations = iterations;
    }

    /** Writes the key, readable by its owner only; the passphrase must be at least {@link #MIN_PASSPHRASE_LENGTH} long. */
    public void write(Path file, SigningKey key, char[] passphrase) throws IOException {
        if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
            throw new IllegalArgumentException("the passphrase must be at least " + MIN_PASSPHRASE_LENGTH + " characters long");
        }
        byte[] salt = random(SALT_BYTES);
        byte[] nonce = random(NONCE_BYTES);
        String publicKey = Base64.getEncoder().encodeToString(Ed25519.raw(key.publicKey()));
        byte[] secret = key.privateKey().getEncoded();
        byte[] sealed;
        try {
            sealed = cipher(Cipher.ENCRYPT_MODE, passphrase, salt, iterations, nonce, bound(key.signer(), key.keyId(), publicKey))
                    .doFinal(secret);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime cannot encrypt with " + CIPHER, e);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
        ObjectNode root = SigningJson.newObject(FORMAT);
        root.put("signer", key.signer());
        root.put("keyId", key.keyId());
        root.put("algorithm", Ed25519.ALGORITHM);
        root.put("publicKey", publicKey);
        root.put("kdf", KDF);
        root.put("iterations", iterations);
        root.put("salt", Base64.getEncoder().encodeToString(salt));
        root.put("cipher", CIPHER);
        root.put("nonce", Base64.getEncoder().encodeToString(nonce));
        root.put("ciphertext", Base64.getEncoder().encodeToString(sealed));
        AtomicFile.writeOwnerOnly(file, SigningJson.bytes(root));
    }

    /** Opens the key with its passphrase; a wrong passphrase, or a file changed since, is said as such. */
    public static SigningKey read(Path file, char[] passphrase) throws SigningFileProblem {
        SigningJson json = SigningJson.read(file, FORMAT, KIND);
        String name = json.file();
        if (!KDF.equals(json.text("kdf")) || !CIPHER.equals(json.text("cipher"))
                || !Ed25519.ALGORITHM.equals(json.text("algorithm"))) {
            throw new SigningFileProblem(name + " is protected in a way this Attaché does not know");
        }
        int rounds = json.number("iterations");
        if (rounds < MIN_ITERATIONS || rounds > MAX_ITERATIONS) {
            throw new SigningFileProblem(name + " asks for " + rounds + " iterations; from " + MIN_ITERATIONS + " to "
                    + MAX_ITERATIONS + " are accepted");
        }
        String signer = json.signer();
        String keyId = json.text("keyId");
        PublicKey publicKey = json.publicKey("publicKey", keyId);
        byte[] salt = json.base64("salt");
        byte[] nonce = json.base64("nonce");
        if (salt.length < SALT_BYTES || nonce.length != NONCE_BYTES) throw new SigningFileProblem(name + " is damaged");
        if (passphrase.length == 0) throw new SigningFileProblem("no passphrase was given to open " + name);
        byte[] secret;
        try {
            secret = cipher(Cipher.DECRYPT_MODE, passphrase, salt, rounds, nonce, bound(signer, keyId, json.text("publicKey")))
                    .doFinal(json.base64("ciphertext"));
        } catch (AEADBadTagException e) {
            throw new SigningFileProblem("the passphrase does not open " + name + " (or the file was changed)");
        } catch (GeneralSecurityException e) {
            throw new SigningFileProblem(name + " is damaged: " + e.getMessage());
        }
        PrivateKey privateKey = Ed25519.privateKey(secret);
        Arrays.fill(secret, (byte) 0);
        if (privateKey == null) throw new SigningFileProblem(name + " does not hold an Ed25519 private key");
        byte[] probe = name.getBytes(StandardCharsets.UTF_8);
        if (!Ed25519.verify(publicKey, probe, Ed25519.sign(privateKey, probe))) {
            throw new SigningFileProblem(name + ": its private key does not belong to its public key");
        }
        return new SigningKey(signer, privateKey, publicKey);
    }

    /** What the encryption binds to the key without hiding it: who it is, its id and its public half. */
    private static byte[] bound(String signer, String keyId, String publicKey) {
        return (FORMAT + "\n" + SigningJson.VERSION + "\n" + keyId + "\n" + publicKey + "\n" + signer)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Cipher cipher(int mode, char[] passphrase, byte[] salt, int rounds, byte[] nonce, byte[] bound)
            throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, rounds, 256);
        byte[] derived = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
        spec.clearPassword();
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(derived, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        Arrays.fill(derived, (byte) 0);
        cipher.updateAAD(bound);
        return cipher;
    }

    private static byte[] random(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
