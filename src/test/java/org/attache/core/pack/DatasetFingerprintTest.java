package org.attache.core.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.attache.Fixtures;
import org.attache.core.data.BundledDataset;
import org.attache.core.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFingerprintTest {
    // Expected values computed with sha256sum.
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String NOTHING = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String MILLION_A = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";

    @Test
    void hashesAShortStringToTheKnownValue() throws IOException {
        assertEquals(ABC, DatasetFingerprint.sha256(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void hashesNothing() throws IOException {
        assertEquals(NOTHING, DatasetFingerprint.sha256(new ByteArrayInputStream(new byte[0])));
    }

    @Test
    void hashesAFileLongerThanItsBuffer(@TempDir Path dir) throws IOException {
        byte[] bytes = new byte[1_000_000];
        Arrays.fill(bytes, (byte) 'a');
        Path file = dir.resolve("a.bin");
        Files.write(file, bytes);
        assertEquals(MILLION_A, DatasetFingerprint.sha256(file));
    }

    @Test
    void theBundledResourceHashesLikeTheFileInTheSourceTree() throws IOException {
        String bundled = DatasetFingerprint.sha256OfBundled();
        assertTrue(bundled.matches("[0-9a-f]{64}"), bundled);
        assertEquals(DatasetFingerprint.sha256(Fixtures.bundledDataset()), bundled);
    }

    @Test
    void aReferenceCountsTheRecordsAndTheCountrysActions() {
        Dataset dataset = BundledDataset.load().dataset();
        DatasetRef us = DatasetFingerprint.refFor("campaign.json", ABC, dataset, "US");
        assertEquals("campaign.json", us.fileName());
        assertEquals(ABC, us.sha256());
        assertEquals(dataset.recordCounts(), us.recordCounts());
        assertEquals(21, us.countryActions(), "counted acts only: not the 2023 mention by the Riga op-ed");
        assertEquals(0, DatasetFingerprint.refFor("campaign.json", ABC, dataset, "LT").countryActions());
    }
}
