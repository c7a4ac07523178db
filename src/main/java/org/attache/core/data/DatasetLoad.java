package org.attache.core.data;

import java.util.List;
import org.attache.core.model.Dataset;

/**
 * The outcome of reading a dataset file: the dataset (null when the file could not be read at all) and every
 * problem found. A dataset with errors is still returned without its broken records, so it can be shown.
 */
public record DatasetLoad(String file, Dataset dataset, List<Problem> problems, int errorCount, int warningCount,
                          long bytes) {
    public DatasetLoad {
        problems = List.copyOf(problems);
    }

    /** Whether there is a dataset to show, perhaps with problems. */
    public boolean isReadable() {
        return dataset != null;
    }

    /** "1 error, 2 warnings". */
    public String problemCounts() {
        return plural(errorCount, "error") + ", " + plural(warningCount, "warning");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Whether the file is readable and has no errors (warnings allowed). */
    public boolean isValid() {
        return dataset != null && errorCount == 0;
    }
}
