package org.attache.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentFilesTest {

    @Test
    void theNewestComesFirstOnceAndTheOldestBeyondTheMostKeptAreDropped() {
        Settings settings = Settings.inMemory();
        RecentFiles recent = new RecentFiles(settings, "recent", 3);
        for (String name : List.of("a.json", "b.json", "c.json", "a.json", "d.json")) recent.remember(Path.of(name));

        List<Path> expected = List.of("d.json", "a.json", "c.json").stream()
                .map(n -> Path.of(n).toAbsolutePath().normalize()).toList();
        assertEquals(expected, recent.list());
        assertEquals(expected, new RecentFiles(settings, "recent", 3).list(), "kept across runs");
    }

    @Test
    void aRememberedPathThatIsNoPathOnThisMachineIsLeftOut() {
        Settings settings = Settings.inMemory();
        settings.putList("recent", List.of("/kept/one.json", "bad\u0000name.json"), 10);
        assertEquals(List.of(Path.of("/kept/one.json")), new RecentFiles(settings, "recent", 10).list());
    }
}
