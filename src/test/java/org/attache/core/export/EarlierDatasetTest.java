package org.attache.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attache.core.data.BundledDataset;
import org.attache.core.data.DatasetWriter;
import org.attache.core.edit.RecordKind;
import org.attache.core.model.Dataset;
import org.attache.core.pack.Pack;
import org.attache.core.pack.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The earlier file a pack's "New since" names is read again only when it changed, and then always. */
class EarlierDatasetTest {
    private static final Dataset NOW = BundledDataset.load().dataset();

    @TempDir
    Path dir;

    private static int actions(Pack pack) {
        Dataset earlier = EarlierDataset.options(pack, ExportOptions.STANDARD).earlier().dataset();
        return earlier == null ? -1 : earlier.actions().size();
    }

    @Test
    void aChangedEarlierFileIsReadAgainAndABrokenOneSaysSo() throws Exception {
        Path file = dir.resolve("old.json");
        Files.write(file, DatasetWriter.toBytes(NOW));
        Pack pack = EarlierDataset.since(Pack.of("LV", Template.MINISTERIAL), file);
        assertEquals(NOW.actions().size(), actions(pack));
        assertEquals(NOW.actions().size(), actions(pack), "the same file, the same answer");

        Files.write(file, DatasetWriter.toBytes(RecordKind.ACTIONS.with(NOW, NOW.actions().subList(1, NOW.actions().size()))));
        assertEquals(NOW.actions().size() - 1, actions(pack), "a changed file is read again");

        Files.writeString(file, "{ not json");
        assertEquals(-1, actions(pack));
        Files.delete(file);
        assertNull(EarlierDataset.options(pack, ExportOptions.STANDARD).earlier().dataset(), "a missing file is unreadable");
    }
}
