package org.attache.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write says why in plain words and names the file the user chose, never a temporary one. */
class WriteProblemTest {
    @TempDir
    Path dir;

    @Test
    void theSystemsFailuresAreSaidInPlainWords() {
        Path target = dir.resolve("LV.pdf");
        Path temp = dir.resolve(".LV.pdf.1115.part");
        assertEquals("you may not write in the folder " + dir.toAbsolutePath(),
                WriteProblem.reason(target, new AccessDeniedException(temp.toString())));
        assertEquals("the disk is full",
                WriteProblem.reason(target, new FileSystemException(temp.toString(), null, "No space left on device")));
        assertEquals("the disk that holds " + dir.toAbsolutePath() + " is read-only",
                WriteProblem.reason(target, new FileSystemException(temp.toString(), null, "Read-only file system")));
        assertEquals("the folder " + dir.resolve("gone").toAbsolutePath() + " does not exist",
                WriteProblem.reason(dir.resolve("gone").resolve("LV.pdf"), new NoSuchFileException(temp.toString())));
        assertEquals("the disk is full", WriteProblem.reason(target, new IOException("the disk is full")));
        String unknown = WriteProblem.reason(target, new IOException(temp.toString()));
        assertFalse(unknown.contains(".part"), unknown);
    }

    @Test
    void aRealFailureNamesTheTargetAndLeavesNoTemporaryFile() throws IOException {
        Path folder = dir.resolve("LV.pdf");
        Files.createDirectories(folder.resolve("inside"));
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(folder, new byte[] {1, 2, 3}));
        assertEquals("a folder called LV.pdf is already there", e.getMessage());

        Path file = dir.resolve("plain.txt");
        Files.writeString(file, "x");
        IOException blocked = assertThrows(IOException.class, () -> AtomicFile.write(file.resolve("LV.pdf"), new byte[] {1}));
        assertTrue(blocked.getMessage().contains("is a file, not a folder"), blocked.getMessage());
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(AtomicFile.TEMP_SUFFIX)));
        }
    }

    /** A target with the longest name a file system allows still writes: its temporary name is short. */
    @Test
    void aLongNameStillHasARoomyTemporaryName() throws IOException {
        Path target = dir.resolve("L".repeat(251) + ".pdf");
        AtomicFile.write(target, new byte[] {1, 2, 3});
        assertEquals(3, Files.size(target));
    }

    /** What a killed write of this target left is removed before the next one; other files are not. */
    @Test
    void leftoversOfAKilledWriteAreRemovedAndNothingElse() throws IOException {
        Path target = dir.resolve("LV.pdf");
        Path leftover = dir.resolve(".LV.pdf.8123456.part");
        Path other = dir.resolve(".EE.pdf.8123456.part");
        Path keep = dir.resolve("notes.part");
        for (Path p : new Path[] {leftover, other, keep}) Files.writeString(p, "x");
        AtomicFile.removeLeftovers(target);
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(other) && Files.exists(keep), "another target's and the user's files stay");
    }
}
