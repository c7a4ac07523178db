package org.attache.core.edit;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.attache.core.data.BundledDataset;
import org.attache.core.data.DatasetWriter;
import org.attache.core.model.Dataset;
import org.attache.core.model.SupportAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeenVersionsTest {
    @TempDir
    Path dir;

    /** A clock that moves a day each time it is read, so that each copy is newer than the one before. */
    private static final class Days extends Clock {
        private Instant now = Instant.parse("2026-11-01T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant was = now;
            now = now.plusSeconds(86_400);
            return was;
        }
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theVersionOpenedLastIsKeptAndReplaced() throws IOException {
        SeenVersions seen = new SeenVersions(dir.resolve("seen"), 10, new Days());
        Path dataset = dir.resolve("campaign.json");
        assertTrue(seen.find(dataset).isEmpty(), "nothing kept before the first opening");

        seen.keep(dataset, text("first"));
        SeenVersions.Kept kept = seen.find(dataset).orElseThrow();
        assertEquals("first", Files.readString(kept.copy()));
        assertEquals(Instant.parse("2026-11-01T09:00:00Z"), kept.opened());

        seen.keep(dataset, text("second"));
        kept = seen.find(dataset).orElseThrow();
        assertEquals("second", Files.readString(kept.copy()));
        assertEquals(Instant.parse("2026-11-02T09:00:00Z"), kept.opened());
        assertEquals(1, Files.list(dir.resolve("seen")).count(), "one copy per dataset");
    }

    @Test
    void eachFileHasItsOwnCopyWhateverPathNamesIt() throws IOException {
        SeenVersions seen = new SeenVersions(dir, 10, new Days());
        seen.keep(dir.resolve("a.json"), text("a"));
        seen.keep(dir.resolve("sub/../b.json"), text("b"));
        assertEquals("a", Files.readString(seen.find(dir.resolve("a.json")).orElseThrow().copy()));
        assertEquals("b", Files.readString(seen.find(dir.resolve("b.json")).orElseThrow().copy()));
    }

    @Test
    void onlyTheDatasetsOpenedMostRecentlyAreKept() throws IOException {
        SeenVersions seen = new SeenVersions(dir.resolve("seen"), 3, new Days());
        for (String name : List.of("a", "b", "c", "d", "e")) seen.keep(dir.resolve(name + ".json"), text(name));
        assertTrue(seen.find(dir.resolve("a.json")).isEmpty());
        assertTrue(seen.find(dir.resolve("b.json")).isEmpty());
        for (String name : List.of("c", "d", "e")) assertTrue(seen.find(dir.resolve(name + ".json")).isPresent(), name);

        seen.keep(dir.resolve("c.json"), text("c again")); // opened again, it is the newest now
        seen.keep(dir.resolve("f.json"), text("f"));
        assertTrue(seen.find(dir.resolve("d.json")).isEmpty(), "the oldest goes");
        for (String name : List.of("c", "e", "f")) assertTrue(seen.find(dir.resolve(name + ".json")).isPresent(), name);
    }

    @Test
    void aCopyThatFailsToBeWrittenLeavesThePreviousOneWhole() throws IOException {
        SeenVersions seen = new SeenVersions(dir, 10, new Days());
        Path dataset = dir.resolve("campaign.json");
        seen.keep(dataset, text("kept whole"));
        assertThrows(IOException.class, () -> seen.keep(dataset, out -> {
            out.write(text("half of a new"));
            throw new IOException("disk full");
        }));
        assertEquals("kept whole", Files.readString(seen.find(dataset).orElseThrow().copy()));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void theVersionOpenedNowIsComparedWithTheOneKeptThenKept() throws IOException {
        SeenVersions seen = new SeenVersions(dir.resolve("seen"), 10, new Days());
        Path file = dir.resolve("campaign.json");
        Dataset base = BundledDataset.load().dataset();
        byte[] first = DatasetWriter.toBytes(base);
        assertTrue(seen.compareAndKeep(file, first, base).isEmpty(), "nothing to compare with the first time");

        SeenVersions.Since same = seen.compareAndKeep(file, first, base).orElseThrow();
        assertTrue(same.report().isEmpty());
        assertEquals(Instant.parse("2026-11-01T09:00:00Z"), same.lastOpened());

        SupportAction latvian = base.actions().stream().filter(a -> "LV".equals(a.country())).findFirst().orElseThrow();
        EditableDataset editing = new EditableDataset(base);
        assertEquals(List.of(), editing.perform(Edit.remove(base, RecordKind.ACTIONS, latvian)));
        Dataset newer = editing.current();
        SeenVersions.Since since = seen.compareAndKeep(file, DatasetWriter.toBytes(newer), newer).orElseThrow();
        assertEquals("0 added, 0 changed, 1 removed", since.report().summary());
        assertEquals(Instant.parse("2026-11-02T09:00:00Z"), since.lastOpened());
        assertTrue(seen.compareAndKeep(file, DatasetWriter.toBytes(newer), newer).orElseThrow().report().isEmpty(),
                "the newer version is the one kept now");
    }

    @Test
    void aCopyThatIsNoLongerADatasetIsNoComparison() throws IOException {
        SeenVersions seen = new SeenVersions(dir, 10, new Days());
        Path file = dir.resolve("campaign.json");
        Dataset base = BundledDataset.load().dataset();
        seen.keep(file, text("{ not a dataset"));
        assertTrue(seen.compareAndKeep(file, DatasetWriter.toBytes(base), base).isEmpty());
        assertTrue(seen.compareAndKeep(file, DatasetWriter.toBytes(base), base).isPresent(), "and the new one is kept");
    }
}
