package org.attache.core.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attache.core.pack.PackFile;
import org.attache.core.pack.PackLoad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Only regular files are read: a pipe with no writer or a device is refused at once, never waited on. */
@Timeout(10) // a guard against the hang this prevents, not a speed requirement
class SpecialFilesTest {
    @TempDir
    Path dir;

    @Test
    void aPipeWithNoWriterIsRefusedAtOnceAsADatasetAndAsAPack() throws Exception {
        Path fifo = dir.resolve("campaign.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertTrue(mk.waitFor() == 0 && Files.exists(fifo), "a pipe was made (mkfifo, as on the Linux CI)");

        DatasetLoad load = new DatasetReader().read(fifo);
        assertFalse(load.isReadable());
        assertTrue(load.problems().get(0).message().contains("not a regular file"), load.problems().toString());

        PackLoad pack = PackFile.read(fifo);
        assertFalse(pack.isUsable());
        assertTrue(pack.problems().get(0).message().contains("not a regular file"), pack.problems().toString());
    }

    @Test
    void aDeviceIsRefused() {
        Path device = Path.of("/dev/zero");
        assertTrue(Files.exists(device), "a Unix device to try, as on the Linux CI");
        assertTrue(new DatasetReader().read(device).problems().get(0).message().contains("not a regular file"));
    }
}
