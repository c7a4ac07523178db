package org.attache.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attache.Fixtures;
import org.attache.core.model.ActorType;
import org.attache.core.model.Attribution;
import org.attache.core.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A version-1 file still opens, with defaults and a warning, and "migrate" writes it as version 2. */
class DatasetMigrationTest {
    private final DatasetReader reader = new DatasetReader();

    @Test
    void aVersionOneFileOpensWithDefaultsAndAWarningToMigrate() {
        DatasetLoad load = reader.read(Fixtures.path("fixtures/minimal-v1.json"));

        assertTrue(load.isValid(), load.problems()::toString);
        assertTrue(load.problems().stream().anyMatch(p -> p.severity() == Severity.WARNING
                && p.location().path().toString().equals("$.schemaVersion") && p.message().contains("attache migrate")));
        Dataset d = load.dataset();
        assertEquals(Attribution.REPORTED_BY_TAIWAN, d.tallies().get(0).evidence().attribution(), "reported by MOFA");
        assertEquals(ActorType.LEGISLATURE, d.actions().get(1).actorType(), "a resolution is a legislature's act");
    }

    @Test
    void theMigratedFileReadsAsVersionTwoWithTheSameRecordsAndNoWarningOfVersion(@TempDir Path dir) throws Exception {
        Path v1 = Fixtures.path("fixtures/minimal-v1.json");
        DatasetMigration.Result result = DatasetMigration.toCurrent(Files.readString(v1));
        Path v2 = dir.resolve("v2.json");
        Files.writeString(v2, result.json());

        DatasetLoad before = reader.read(v1);
        DatasetLoad after = reader.read(v2);

        assertTrue(after.isValid(), after.problems()::toString);
        assertTrue(after.problems().stream().noneMatch(p -> p.location().path().toString().equals("$.schemaVersion")));
        assertEquals(before.dataset().recordCounts(), after.dataset().recordCounts());
        assertEquals(before.dataset().actions(), after.dataset().actions(), "the same evidence, now written down");
        assertEquals(before.dataset().tallies(), after.dataset().tallies());
        assertEquals("of 14 allies", after.dataset().tallies().get(0).spans(), "a tally's old \"scope\" is now \"spans\"");
        assertTrue(result.json().contains("\"schemaVersion\": 2"));
        assertEquals(2, result.defaulted().get("actorType"));
    }

    @Test
    void aCurrentOrBrokenFileIsNotMigrated() throws IOException {
        String current = Files.readString(Fixtures.path("fixtures/minimal.json"));
        assertTrue(assertThrows(DatasetMigration.NotMigratable.class, () -> DatasetMigration.toCurrent(current))
                .getMessage().contains("already version 2"));
        String broken = Files.readString(Fixtures.path("broken/trailing-comma.json"));
        assertTrue(assertThrows(DatasetMigration.NotMigratable.class, () -> DatasetMigration.toCurrent(broken))
                .getMessage().contains("not valid JSON"));
    }
}
