package org.attache.core.pack;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;

/**
 * Says, in sentences for a notice, how the dataset open now differs from the one a pack was saved with:
 * "The dataset has changed since this pack was saved.", "actions: 107 → 110", "Latvia's recorded actions: 0 → 2".
 */
public final class DatasetChanges {
    private DatasetChanges() {
    }

    /**
     * The differences between the dataset a pack was saved with and the current one, or an empty list when the
     * pack names no dataset or the bytes are the same.
     */
    public static List<String> between(DatasetRef saved, String currentFileName, String currentSha256,
                                       Dataset current, String countryCode) {
        if (saved == null) return List.of();
        if (saved.sha256() != null && saved.sha256().equalsIgnoreCase(currentSha256)) return List.of();

        List<String> lines = new ArrayList<>();
        if (saved.fileName() != null && currentFileName != null && !saved.fileName().equals(currentFileName)) {
            lines.add("The dataset has changed since this pack was saved: it was saved with " + saved.fileName()
                    + ", and " + currentFileName + " is open now.");
        } else {
            lines.add("The dataset has changed since this pack was saved.");
        }
        if (current == null) return lines;
        if (saved.recordCounts().isEmpty()) {
            lines.add("The pack did not note how many records the dataset held, so the changes cannot be listed.");
            return lines;
        }

        int before = lines.size();
        Map<String, Integer> now = current.recordCounts();
        Set<String> types = new LinkedHashSet<>(now.keySet());
        types.addAll(new TreeSet<>(saved.recordCounts().keySet()));
        for (String type : types) {
            int then = saved.recordCounts().getOrDefault(type, 0);
            int count = now.getOrDefault(type, 0);
            if (then != count) lines.add(type + ": " + then + " → " + count);
        }
        if (countryCode != null && !countryCode.isBlank()) {
            int countryNow = DatasetFingerprint.refFor(currentFileName, currentSha256, current, countryCode)
                    .countryActions();
            if (countryNow != saved.countryActions()) {
                lines.add(possessive(countryName(current, countryCode)) + " counted actions: "
                        + saved.countryActions() + " → " + countryNow);
            }
        }
        if (lines.size() == before) {
            lines.add("Records were edited, but the number of records of each kind is the same.");
        }
        return lines;
    }

    private static String countryName(Dataset dataset, String code) {
        return dataset.country(code).map(Country::name).filter(Objects::nonNull).filter(n -> !n.isBlank())
                .orElse(code);
    }

    /** "Latvia's", "the Bahamas'". */
    private static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }
}
