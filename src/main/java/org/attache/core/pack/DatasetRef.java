package org.attache.core.pack;

import java.util.Map;

/**
 * The dataset a pack was built from: its file name, the SHA-256 of its bytes, its title and updated date (either may
 * be null, as in packs saved before they were noted), and what it held, so a pack reopened against a changed dataset
 * can say what changed; and, when it was saved from the app, a copy of the dataset itself ({@link DatasetSnapshot}),
 * from which a later pack can list what is new since this one (null for none).
 */
public record DatasetRef(String fileName, String sha256, String title, String updated, Map<String, Integer> recordCounts,
                         int countryActions, String snapshot) {
    public DatasetRef {
        recordCounts = recordCounts == null ? Map.of() : Map.copyOf(recordCounts);
        if (title != null && title.isBlank()) title = null;
        if (updated != null && updated.isBlank()) updated = null;
        if (snapshot != null && snapshot.isBlank()) snapshot = null;
    }

    /** A reference without a copy of the dataset. */
    public DatasetRef(String fileName, String sha256, String title, String updated, Map<String, Integer> recordCounts,
                      int countryActions) {
        this(fileName, sha256, title, updated, recordCounts, countryActions, null);
    }

    public DatasetRef withSnapshot(String copy) {
        return new DatasetRef(fileName, sha256, title, updated, recordCounts, countryActions, copy);
    }

    /** A reference that does not note the dataset's title or date. */
    public DatasetRef(String fileName, String sha256, Map<String, Integer> recordCounts, int countryActions) {
        this(fileName, sha256, null, null, recordCounts, countryActions);
    }
}
