package org.attache.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.attache.core.data.BundledDataset;
import org.attache.core.model.Dataset;
import org.attache.core.pack.Pack;
import org.attache.core.pack.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTest {
    @TempDir
    Path dir;

    @Test
    void unsavedWorkKeptIsFoundAgainWholeAndClearedOnce() throws IOException {
        Dataset edited = SaveLoop.version(BundledDataset.load().dataset(), 3);
        Pack pack = Pack.of("LV", Template.MINISTERIAL).withNotes("Bring the letter.");
        Recovery recovery = new Recovery(dir);
        Recovery.Snapshot kept = new Recovery.Snapshot(Instant.parse("2026-11-23T10:15:30Z"), dir.resolve("campaign.json"),
                "ab12", edited, "1 support action added", dir.resolve("LV.attache.json"), pack);

        recovery.keep(kept);
        Recovery.Snapshot found = new Recovery(dir).find().orElseThrow();

        assertEquals(kept, found);
        recovery.clear();
        assertEquals(Optional.empty(), recovery.find());
    }

    @Test
    void aDamagedOrForeignRecoveryFileIsIgnoredNotFatal() throws IOException {
        Recovery recovery = new Recovery(dir);
        Files.writeString(recovery.file(), "{\"format\": \"attache-recovery\", \"saved\": \"2026-11-23T10:15:30Z\", \"dataset\": ");
        assertTrue(recovery.find().isEmpty());
        Files.writeString(recovery.file(), "{\"format\": \"something-else\"}");
        assertTrue(recovery.find().isEmpty());
    }
}
