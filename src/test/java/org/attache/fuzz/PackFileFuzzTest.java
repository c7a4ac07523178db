package org.attache.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.attache.core.data.Problem;
import org.attache.core.pack.PackFile;
import org.attache.core.pack.PackLoad;

/**
 * Any bytes given as a pack file are answered with problems or a pack, never an exception; a pack that is read
 * is written back and read again unchanged. Replays src/test/resources/org/attache/fuzz/PackFileFuzzTestInputs.
 */
class PackFileFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void anyBytesGiveProblemsOrAPackThatSurvivesSavingAgain(byte[] bytes) {
        PackLoad load = PackFile.read(bytes, "fuzz.attache.json");
        for (Problem p : load.problems()) {
            assertTrue(p.toString().chars().noneMatch(c -> c < 0x20), "a problem on one line: " + p);
        }
        if (!load.isUsable()) return;
        PackLoad again = PackFile.read(PackFile.toBytes(load.pack()), "again.attache.json");
        assertTrue(again.isUsable(), again.problems().toString());
        assertEquals(load.pack(), again.pack());
    }
}
