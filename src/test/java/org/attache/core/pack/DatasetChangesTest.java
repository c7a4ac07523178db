package org.attache.core.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.core.data.BundledDataset;
import org.attache.core.model.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatasetChangesTest {
    private static final String OLD_HASH = "1".repeat(64);
    private static final String NEW_HASH = "2".repeat(64);
    private static Dataset dataset;

    @BeforeAll
    static void loadDataset() {
        dataset = BundledDataset.load().dataset();
    }

    @Test
    void nothingToSayWhenTheHashesMatch() {
        DatasetRef saved = new DatasetRef("campaign.json", OLD_HASH, Map.of("actions", 1), 5);
        assertEquals(List.of(), DatasetChanges.between(saved, "campaign.json", OLD_HASH, dataset, "LV"));
        assertEquals(List.of(), DatasetChanges.between(saved, "campaign.json", OLD_HASH.toUpperCase(), dataset, "LV"));
    }

    @Test
    void nothingToSayWhenThePackNamesNoDataset() {
        assertEquals(List.of(), DatasetChanges.between(null, "campaign.json", NEW_HASH, dataset, "LV"));
    }

    @Test
    void listsTheCountsThatChanged() {
        int actions = dataset.recordCounts().get("actions");
        int sources = dataset.recordCounts().get("sources");
        Map<String, Integer> counts = new LinkedHashMap<>(dataset.recordCounts());
        counts.put("actions", actions - 3);
        counts.put("sources", sources + 1);
        DatasetRef saved = new DatasetRef("campaign.json", OLD_HASH, counts, 0);

        List<String> lines = DatasetChanges.between(saved, "campaign.json", NEW_HASH, dataset, "LV");

        assertEquals(List.of(
                "The dataset has changed since this pack was saved.",
                "sources: " + (sources + 1) + " → " + sources,
                "actions: " + (actions - 3) + " → " + actions,
                "Latvia's counted actions: 0 → 2"), lines);
    }

    @Test
    void saysWhenOnlyTheCountrysActionsChanged() {
        DatasetRef saved = new DatasetRef("campaign.json", OLD_HASH, dataset.recordCounts(), 20);
        assertEquals(List.of("The dataset has changed since this pack was saved.",
                        "United States' counted actions: 20 → 21"),
                DatasetChanges.between(saved, "campaign.json", NEW_HASH, dataset, "US"));
    }

    @Test
    void namesBothFilesWhenTheNameDiffers() {
        DatasetRef saved = DatasetFingerprint.refFor("old.json", OLD_HASH, dataset, "LV");
        List<String> lines = DatasetChanges.between(saved, "campaign.json", NEW_HASH, dataset, "LV");
        assertTrue(lines.get(0).startsWith("The dataset has changed since this pack was saved"), lines.get(0));
        assertTrue(lines.get(0).contains("old.json") && lines.get(0).contains("campaign.json"), lines.get(0));
    }

    @Test
    void saysRecordsWereEditedWhenTheCountsAreTheSame() {
        DatasetRef saved = DatasetFingerprint.refFor("campaign.json", OLD_HASH, dataset, "LV");
        List<String> lines = DatasetChanges.between(saved, "campaign.json", NEW_HASH, dataset, "LV");
        assertEquals(2, lines.size(), lines.toString());
        assertEquals("The dataset has changed since this pack was saved.", lines.get(0));
        assertTrue(lines.get(1).contains("edited") && lines.get(1).contains("same"), lines.get(1));
    }

    @Test
    void fallsBackToTheCodeForACountryNotInTheDataset() {
        DatasetRef saved = new DatasetRef("campaign.json", OLD_HASH, dataset.recordCounts(), 4);
        List<String> lines = DatasetChanges.between(saved, "campaign.json", NEW_HASH, dataset, "ZZ");
        assertEquals("ZZ's counted actions: 4 → 0", lines.get(lines.size() - 1));
    }
}
