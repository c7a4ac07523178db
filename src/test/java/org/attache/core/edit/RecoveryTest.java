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
        assertEquals(kept, recovery.find().orElseThrow());
        recovery.close();
        assertEquals(kept, new Recovery(dir).left().orElseThrow().snapshot());

        recovery.clear();
        assertEquals(Optional.empty(), recovery.find());
        assertEquals(Optional.empty(), new Recovery(dir).left());
    }

    @Test
    void onlyWorkOfASessionThatEndedIsOfferedNeverThatOfOneStillOpen() throws IOException {
        Dataset edited = SaveLoop.version(BundledDataset.load().dataset(), 4);
        Recovery.Snapshot work = new Recovery.Snapshot(Instant.parse("2026-11-23T10:15:30Z"), null, null, edited,
                "1 fact changed", null, null);
        Recovery running = new Recovery(dir);
        running.keep(work);

        assertTrue(new Recovery(dir).left().isEmpty(), "a session still open keeps its own work");

        running.close(); // as a crash or a kill would end it
        Recovery next = new Recovery(dir);
        Recovery.Left left = next.left().orElseThrow();
        assertEquals(work, left.snapshot());
        next.keep(new Recovery.Snapshot(Instant.now(), null, null, null, "", null, Pack.of("PY", Template.POLICE)));
        assertEquals(work, next.left().orElseThrow().snapshot(), "this session's own file never stands in its place");

        next.forget(left);
        assertTrue(next.left().isEmpty());
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "this session's file and lock only");
        }
    }

    @Test
    void aDamagedOrForeignRecoveryFileIsIgnoredNotFatal() throws IOException {
        Files.writeString(dir.resolve("recovery-1-1.json"),
                "{\"format\": \"attache-recovery\", \"saved\": \"2026-11-23T10:15:30Z\", \"dataset\": ");
        Files.writeString(dir.resolve("recovery-1-2.json"), "{\"format\": \"something-else\"}");
        assertTrue(new Recovery(dir).left().isEmpty());
    }
}
