package org.attache.core.pack;

import java.util.Map;

/**
 * The dataset a pack was built from: its file name, the SHA-256 of its bytes, its title and updated date (either may
 * be null, as in packs saved before they were noted), and what it held, so a pack reopened against a changed dataset
 * can say what changed.
 */
public record DatasetRef(String fileName, String sha256, String title, String updated, Map<String, Integer> recordCounts,
                         int countryActions) {
    public DatasetRef {
        recordCounts = recordCounts == null ? Map.of() : Map.copyOf(recordCounts);
        if (title != null && title.isBlank()) title = null;
        if (updated != null && updated.isBlank()) updated = null;
    }

    /** A reference that does not note the dataset's title or date. */
    public DatasetRef(String fileName, String sha256, Map<String, Integer> recordCounts, int countryActions) {
        this(fileName, sha256, null, null, recordCounts, countryActions);
    }
}
