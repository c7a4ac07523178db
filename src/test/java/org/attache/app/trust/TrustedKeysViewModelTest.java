package org.attache.app.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.attache.core.sign.PublicKeyFile;
import org.attache.core.sign.SigningFixtures;
import org.attache.core.sign.TrustedKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trusted keys window's model: headquarters' key stays; keys are added from .pub files, refused otherwise, removed. */
class TrustedKeysViewModelTest {
    @TempDir
    Path dir;

    private final AtomicInteger changes = new AtomicInteger();

    private TrustedKeysViewModel model() {
        return new TrustedKeysViewModel(new TrustedKeys(List.of(SigningFixtures.HEADQUARTERS.publicPart()),
                dir.resolve("keys")), changes::incrementAndGet);
    }

    private List<String> shown(TrustedKeysViewModel model) {
        return model.rows().stream().map(TrustedKeysViewModel.Row::toString).toList();
    }

    @Test
    void aKeyIsAddedFromItsFileTrustedAndRemovedAgain() throws Exception {
        TrustedKeysViewModel model = model();
        assertEquals(List.of("Ministry of Foreign Affairs, Taipei  \u00b7  key " + SigningFixtures.HEADQUARTERS.keyId()
                + "  \u00b7  bundled with Attach\u00e9"), shown(model));
        Path pub = dir.resolve("stranger.pub");
        PublicKeyFile.write(pub, SigningFixtures.STRANGER.publicPart());

        model.add(pub);

        assertEquals(2, model.rows().size());
        assertEquals("Attach\u00e9 headquarters  \u00b7  key " + SigningFixtures.STRANGER.keyId() + "  \u00b7  added",
                shown(model).get(1));
        assertEquals("Now trusted: Attach\u00e9 headquarters (key " + SigningFixtures.STRANGER.keyId() + ").",
                model.messageProperty().get());
        assertTrue(new TrustedKeys(List.of(), dir.resolve("keys")).find(SigningFixtures.STRANGER.keyId()).isPresent(),
                "kept in the user's folder, for every later check");
        assertEquals(1, changes.get(), "the open dataset is checked again");

        model.remove(model.rows().get(0));
        assertEquals(2, model.rows().size(), "a bundled key stays");
        model.remove(model.rows().get(1));
        assertEquals(1, model.rows().size());
        assertTrue(new TrustedKeys(List.of(), dir.resolve("keys")).find(SigningFixtures.STRANGER.keyId()).isEmpty());
        assertEquals(2, changes.get());
    }

    @Test
    void aFileThatIsNotAKeyIsRefusedWithItsName() throws Exception {
        TrustedKeysViewModel model = model();
        Path notAKey = dir.resolve("campaign.json");
        Files.writeString(notAKey, "{\"title\": \"not a key\"}");

        model.add(notAKey);

        assertEquals(1, model.rows().size());
        assertTrue(model.messageProperty().get().startsWith("campaign.json is not a public key: "),
                model.messageProperty().get());
        assertEquals(0, changes.get());
    }
}
