package org.attache.core.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A public key file says who, which key and the key, readably, and its id cannot be pinned on another key. */
class PublicKeyFileTest {
    @TempDir
    Path dir;

    @Test
    void aPublicKeyIsReadBackAsWritten() throws Exception {
        SigningKey key = SigningKey.generate("Ministry of Foreign Affairs, Taipei");
        Path file = dir.resolve("hq.pub");
        PublicKeyFile.write(file, key.publicPart());

        TrustedKey read = PublicKeyFile.read(file);

        assertEquals("Ministry of Foreign Affairs, Taipei", read.signer());
        assertEquals(key.keyId(), read.keyId());
        assertEquals(key.publicKey(), read.key());
        String text = Files.readString(file);
        assertTrue(text.contains("\"signer\" : \"Ministry of Foreign Affairs, Taipei\""), text);
        assertTrue(text.contains("\"keyId\" : \"" + key.keyId() + "\""), text);
    }

    @Test
    void theKeyIdIsSixteenHexadecimalDigitsOfTheKeysHash() {
        SigningKey key = SigningKey.generate("Ministry of Foreign Affairs, Taipei");
        assertTrue(key.keyId().matches("[0-9a-f]{16}"), key.keyId());
        assertEquals(org.attache.core.io.Sha256.of(Ed25519.raw(key.publicKey())).substring(0, 16), key.keyId());
    }

    @Test
    void aFileGivingAnotherKeysIdIsRefused() throws Exception {
        SigningKey key = SigningKey.generate("Ministry of Foreign Affairs, Taipei");
        String otherId = SigningKey.generate("Someone else").keyId();
        Path file = dir.resolve("hq.pub");
        PublicKeyFile.write(file, key.publicPart());
        Files.writeString(file, Files.readString(file).replace(key.keyId(), otherId));

        SigningFileProblem e = assertThrows(SigningFileProblem.class, () -> PublicKeyFile.read(file));
        assertEquals("hq.pub gives the key id " + otherId + ", but its key's id is " + key.keyId(), e.getMessage());
    }

    @Test
    void aSignersNameIsOneLineOfText() {
        assertThrows(IllegalArgumentException.class, () -> SigningKey.generate(" "));
        assertThrows(IllegalArgumentException.class, () -> SigningKey.generate("Attaché\nheadquarters"));
        assertThrows(IllegalArgumentException.class, () -> SigningKey.generate("Attaché\u202eheadquarters"));
        assertThrows(IllegalArgumentException.class, () -> SigningKey.generate("x".repeat(SignerName.MAX_LENGTH + 1)));
        assertEquals("Ministry of Foreign Affairs, Taipei", SigningKey.generate("  Ministry of Foreign Affairs, Taipei ").signer());
    }
}
