package org.attache.cli;

import java.util.List;
import java.util.Locale;

/** Medians and spreads of repeated timings, as the benchmarks print them. */
final class Timings {
    private Timings() {
    }

    static long median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** "612.0 ms (580.1–700.3)": the median, then the fastest and slowest run. */
    static String stats(List<Long> nanos) {
        long min = nanos.stream().mapToLong(Long::longValue).min().orElse(0);
        long max = nanos.stream().mapToLong(Long::longValue).max().orElse(0);
        return String.format(Locale.ROOT, "%7.1f ms (%.1f\u2013%.1f)", median(nanos) / 1e6, min / 1e6, max / 1e6);
    }
}
