package org.attache.core.pack;

import java.util.Map;

/**
 * The dataset a pack was built from: its file name, the SHA-256 of its bytes, and what it held, so a pack
 * reopened against a changed dataset can say what changed.
 */
public record DatasetRef(String fileName, String sha256, Map<String, Integer> recordCounts, int countryActions) {
    public DatasetRef {
        recordCounts = recordCounts == null ? Map.of() : Map.copyOf(recordCounts);
    }
}
