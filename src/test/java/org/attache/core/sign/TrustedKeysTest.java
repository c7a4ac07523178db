package org.attache.core.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys trusted: headquarters' key, bundled with the app, and the keys the user added to a folder of their own. */
class TrustedKeysTest {
    @TempDir
    Path dir;

    @Test
    void headquartersKeyShipsWithTheApp() {
        List<TrustedKey> bundled = TrustedKeys.bundledKeys();

        assertEquals(1, bundled.size(), bundled.toString());
        assertEquals("Attaché headquarters", bundled.get(0).signer());
        assertEquals("af2c4cc411d3623a", bundled.get(0).keyId());
    }

    @Test
    void aKeyAddedIsKeptInTheUsersFolderByItsIdAndFound() throws Exception {
        SigningKey key = SigningKey.generate("Embassy in Riga");
        Path given = dir.resolve("from-riga.pub");
        PublicKeyFile.write(given, key.publicPart());
        TrustedKeys trusted = new TrustedKeys(TrustedKeys.bundledKeys(), dir.resolve("trusted"));
        assertTrue(trusted.find(key.keyId()).isEmpty());

        TrustedKey added = trusted.add(given);

        assertEquals("Embassy in Riga", added.signer());
        assertTrue(Files.isRegularFile(dir.resolve("trusted").resolve(key.keyId() + ".pub")));
        assertEquals("Embassy in Riga", trusted.find(key.keyId()).orElseThrow().signer());
        assertEquals(List.of(key.keyId()), trusted.added().stream().map(TrustedKey::keyId).toList());
        assertEquals("Embassy in Riga", new TrustedKeys(List.of(), dir.resolve("trusted")).find(key.keyId())
                .orElseThrow().signer(), "kept for the next run");
    }

    @Test
    void aFileThatIsNotAKeyIsNeitherAddedNorTrusted() throws Exception {
        Path notAKey = dir.resolve("notes.pub");
        Files.writeString(notAKey, "-----BEGIN PUBLIC KEY-----");
        TrustedKeys trusted = new TrustedKeys(List.of(), dir.resolve("trusted"));

        SigningFileProblem e = assertThrows(SigningFileProblem.class, () -> trusted.add(notAKey));
        assertEquals("notes.pub is not an Attaché public key: it is not JSON", e.getMessage());
        assertFalse(Files.exists(dir.resolve("trusted").resolve("notes.pub")));

        Files.createDirectories(dir.resolve("trusted"));
        Files.copy(notAKey, dir.resolve("trusted").resolve("notes.pub"));
        assertTrue(trusted.added().isEmpty());
        assertEquals(List.of("notes.pub is not an Attaché public key: it is not JSON"), trusted.unreadable());
    }

    @Test
    void theUsersFolderIsThePlatformsPlaceForConfigurationUnlessSet() {
        assertEquals(Path.of("/tmp/keys"), TrustedKeys.userFolder("/tmp/keys", "Linux", "/home/lin", Map.of()));
        assertEquals(Path.of("/home/lin/.config/attache/trusted-keys"),
                TrustedKeys.userFolder(null, "Linux", "/home/lin", Map.of()));
        assertEquals(Path.of("/cfg/attache/trusted-keys"),
                TrustedKeys.userFolder(null, "Linux", "/home/lin", Map.of("XDG_CONFIG_HOME", "/cfg")));
        assertEquals(Path.of("/Users/lin/Library/Application Support/Attache/Trusted keys"),
                TrustedKeys.userFolder(null, "Mac OS X", "/Users/lin", Map.of()));
        assertEquals(Path.of("C:\\Users\\lin\\AppData\\Roaming", "Attache", "Trusted keys"),
                TrustedKeys.userFolder(null, "Windows 11", "/home/lin", Map.of("APPDATA", "C:\\Users\\lin\\AppData\\Roaming")));
    }

    @Test
    void testsNeverReadTheUsersOwnFolder() {
        Path folder = TrustedKeys.userFolder();
        assertFalse(folder.startsWith(Path.of(System.getProperty("user.home"), ".config")), folder.toString());
        assertTrue(folder.toString().contains("target"), folder.toString());
    }
}
