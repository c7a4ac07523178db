package org.attache.core.pack;

import java.util.List;
import org.attache.core.data.Problem;

/**
 * The outcome of reading a pack file: the pack, or null when the file cannot be used, and every problem found.
 * A pack is returned only when the file has no errors; warnings (such as unknown fields) do not prevent it.
 */
public record PackLoad(String file, Pack pack, List<Problem> problems) {
    public PackLoad {
        problems = List.copyOf(problems);
    }

    /** Whether there is a pack to open. */
    public boolean isUsable() {
        return pack != null;
    }

    public int errorCount() {
        return (int) problems.stream().filter(Problem::isError).count();
    }

    public int warningCount() {
        return problems.size() - errorCount();
    }
}
