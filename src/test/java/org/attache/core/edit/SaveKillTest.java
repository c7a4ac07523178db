package org.attache.core.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.core.data.BundledDataset;
import org.attache.core.data.DatasetLoad;
import org.attache.core.data.DatasetReader;
import org.attache.core.data.DatasetWriter;
import org.attache.core.io.AtomicFile;
import org.attache.core.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process saving a dataset in a loop is killed (SIGKILL) at random moments; after each kill the file, and its
 * backup, must each be one whole version, valid and byte for byte as written, never anything else. The build runs
 * a few kills; {@code mvn test -Dtest=SaveKillTest -Dattache.kills=200} runs the full count.
 */
class SaveKillTest {
    private static final Pattern VERSION = Pattern.compile("\"title\": \"Save test, version (\\d+)\"");

    @TempDir
    Path dir;

    @Test
    void aSaveKilledAtAnyMomentLeavesTheOldOrTheNewVersionWhole() throws Exception {
        int kills = Integer.getInteger("attache.kills", 8);
        Path file = dir.resolve("campaign.json");
        Dataset base = BundledDataset.load().dataset();
        Random random = new Random(Long.getLong("attache.killSeed", System.nanoTime()));
        int lastSeen = 0;
        for (int run = 1; run <= kills; run++) {
            Process loop = start(file);
            BufferedReader out = new BufferedReader(new InputStreamReader(loop.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine(); // the first save is done: the loop is under way
            assertTrue(first != null, "the save loop started");
            Thread.sleep(random.nextInt(120));
            loop.destroyForcibly();
            loop.waitFor();
            lastSeen = Math.max(lastSeen, check(file, base, "run " + run));
            Path backup = AtomicFile.backupOf(file);
            if (Files.exists(backup)) check(backup, base, "backup, run " + run);
            AtomicFile.removeLeftovers(file);
        }
        assertTrue(lastSeen > 1, "the loop saved more than one version before being killed");
    }

    /** The file is one whole version: it reads valid and is exactly what the writer writes for that version. */
    private static int check(Path file, Dataset base, String when) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        DatasetLoad load = new DatasetReader().read(file);
        assertTrue(load.isValid(), when + ": " + load.problems());
        Matcher m = VERSION.matcher(new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.UTF_8));
        assertTrue(m.find(), when + ": a version's title");
        int version = Integer.parseInt(m.group(1));
        assertArrayEquals(DatasetWriter.toBytes(SaveLoop.version(base, version)), bytes, when + ": version " + version);
        return version;
    }

    private static Process start(Path file) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), SaveLoop.class.getName(), file.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        return p;
    }
}
