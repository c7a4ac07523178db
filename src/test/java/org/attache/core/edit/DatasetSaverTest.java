package org.attache.core.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.attache.core.data.BundledDataset;
import org.attache.core.data.DatasetReader;
import org.attache.core.io.AtomicFile;
import org.attache.core.model.Dataset;
import org.attache.core.pack.DatasetFingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetSaverTest {
    private static final Dataset BASE = BundledDataset.load().dataset();

    @TempDir
    Path dir;

    @Test
    void aSavedFileReadsBackEqualAndThePreviousVersionIsKeptAsBak() throws IOException {
        Path file = dir.resolve("campaign.json");
        DatasetSaver.Saved first = DatasetSaver.save(SaveLoop.version(BASE, 1), file, null);
        assertEquals(DatasetFingerprint.sha256(file), first.sha256());
        assertEquals(null, first.backup(), "nothing to keep the first time");
        byte[] version1 = Files.readAllBytes(file);

        DatasetSaver.Saved second = DatasetSaver.save(SaveLoop.version(BASE, 2), file, first.sha256());

        assertTrue(second.atomic());
        assertEquals(null, second.caveat());
        assertEquals(AtomicFile.backupOf(file), second.backup());
        assertArrayEquals(version1, Files.readAllBytes(second.backup()));
        assertEquals(SaveLoop.version(BASE, 2), new DatasetReader().read(file).dataset());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "the file and its backup, no temporary file left");
        }
    }

    @Test
    void aFileChangedOnDiskSinceItWasOpenedIsNeverOverwritten() throws IOException {
        Path file = dir.resolve("campaign.json");
        String opened = DatasetSaver.save(SaveLoop.version(BASE, 1), file, null).sha256();
        Files.writeString(file, Files.readString(file).replace("version 1", "a colleague's version"));
        byte[] theirs = Files.readAllBytes(file);

        DatasetSaver.ChangedOnDisk conflict = assertThrows(DatasetSaver.ChangedOnDisk.class,
                () -> DatasetSaver.save(SaveLoop.version(BASE, 2), file, opened));

        assertEquals(file, conflict.file());
        assertTrue(conflict.getMessage().contains("changed by someone else"), conflict.getMessage());
        assertArrayEquals(theirs, Files.readAllBytes(file), "their version is untouched");
        assertFalse(Files.exists(AtomicFile.backupOf(file)), "not even a backup was made");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
        // saving elsewhere, or over it once the user chose to, works
        DatasetSaver.save(SaveLoop.version(BASE, 2), dir.resolve("mine.json"), null);
        DatasetSaver.save(SaveLoop.version(BASE, 2), file, null);
        assertEquals(SaveLoop.version(BASE, 2), new DatasetReader().read(file).dataset());
    }
}
