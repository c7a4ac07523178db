package org.attache.core.sign;

import static org.attache.core.sign.SigningFixtures.PASSPHRASE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A private key opens with its passphrase only, and its file gives nothing away without it. */
class PrivateKeyFileTest {
    /** The fewest iterations allowed, so that the tests stay quick; the command line writes the default. */
    private static final PrivateKeyFile FILES = new PrivateKeyFile(PrivateKeyFile.MIN_ITERATIONS);

    @TempDir
    Path dir;

    private Path written(SigningKey key) throws IOException {
        Path file = dir.resolve(key.keyId() + PrivateKeyFile.SUFFIX);
        FILES.write(file, key, PASSPHRASE.toCharArray());
        return file;
    }

    @Test
    void theRightPassphraseOpensTheKeyWhichSignsAsBefore() throws Exception {
        SigningKey key = SigningKey.generate("Ministry of Foreign Affairs, Taipei");
        Path file = written(key);

        SigningKey opened = PrivateKeyFile.read(file, PASSPHRASE.toCharArray());

        assertEquals(key.signer(), opened.signer());
        assertEquals(key.keyId(), opened.keyId());
        assertArrayEquals(key.privateKey().getEncoded(), opened.privateKey().getEncoded());
    }

    @Test
    void aWrongPassphraseIsRefusedInPlainWords() throws Exception {
        Path file = written(SigningKey.generate("Ministry of Foreign Affairs, Taipei"));

        SigningFileProblem wrong = assertThrows(SigningFileProblem.class,
                () -> PrivateKeyFile.read(file, "correct horse battery stapler".toCharArray()));

        assertEquals("the passphrase does not open " + file.getFileName() + " (or the file was changed)", wrong.getMessage());
        SigningFileProblem none = assertThrows(SigningFileProblem.class, () -> PrivateKeyFile.read(file, new char[0]));
        assertEquals("no passphrase was given to open " + file.getFileName(), none.getMessage());
    }

    @Test
    void theFileHoldsNeitherTheKeyNorThePassphraseInClear() throws Exception {
        SigningKey key = SigningKey.generate("Ministry of Foreign Affairs, Taipei");
        String text = Files.readString(written(key));

        String secret = java.util.Base64.getEncoder().encodeToString(key.privateKey().getEncoded());
        assertFalse(text.contains(secret), text);
        assertFalse(text.contains(PASSPHRASE), text);
        for (String field : new String[] {"\"version\"", "\"signer\"", "\"keyId\"", "\"salt\"", "\"iterations\"", "\"nonce\"",
                "\"ciphertext\""}) {
            assertTrue(text.contains(field), field + " in " + text);
        }
    }

    @Test
    void aNameChangedInTheKeyFileIsNoticed() throws Exception {
        Path file = written(SigningKey.generate("Ministry of Foreign Affairs, Taipei"));
        Files.writeString(file, Files.readString(file).replace("Foreign Affairs", "Justice"));

        SigningFileProblem e = assertThrows(SigningFileProblem.class, () -> PrivateKeyFile.read(file, PASSPHRASE.toCharArray()));
        assertTrue(e.getMessage().contains("or the file was changed"), e.getMessage());
    }

    @Test
    void onlyItsOwnerMayReadTheKeyFile() throws Exception {
        Path file = written(SigningKey.generate("Ministry of Foreign Affairs, Taipei"));
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) return;
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aShortPassphraseIsRefusedWhenTheKeyIsWritten() {
        SigningKey key = SigningKey.generate("Ministry of Foreign Affairs, Taipei");
        assertThrows(IllegalArgumentException.class, () -> FILES.write(dir.resolve("k.key"), key, "short".toCharArray()));
        assertFalse(Files.exists(dir.resolve("k.key")));
    }

    @Test
    void aPublicKeyFileIsNotTakenForAPrivateOne() throws Exception {
        Path pub = dir.resolve("hq.pub");
        PublicKeyFile.write(pub, SigningKey.generate("Ministry of Foreign Affairs, Taipei").publicPart());

        SigningFileProblem e = assertThrows(SigningFileProblem.class, () -> PrivateKeyFile.read(pub, PASSPHRASE.toCharArray()));
        assertEquals("hq.pub is not an Attaché private key", e.getMessage());
    }
}
