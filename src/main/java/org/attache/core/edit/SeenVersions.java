package org.attache.core.edit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.attache.core.data.DatasetLoad;
import org.attache.core.data.DatasetReader;
import org.attache.core.io.AtomicFile;
import org.attache.core.model.Dataset;

/**
 * The version of each dataset file the user opened last, kept as the file's bytes in a folder of the app's own (one
 * copy per file, named by a hash of its path, the oldest dropped beyond a bound), so that the next opening can say
 * record by record what changed since.
 */
public final class SeenVersions {
    /** How many datasets are remembered; a desk officer opens a few, not dozens. */
    public static final int MAX_KEPT = 10;
    private static final String SUFFIX = ".json";
    private static final int NAME_LENGTH = 32;

    private final Path folder;
    private final int max;
    private final Clock clock;

    /** A kept copy: where it is and when the version it holds was opened. */
    public record Kept(Path copy, Instant opened) {
    }

    /**
     * What changed since the version opened last: when that was, and the differences from it to the version opened
     * now (none when the two hold the same records).
     */
    public record Since(Instant lastOpened, DiffReport report) {
    }

    public SeenVersions(Path folder) {
        this(folder, MAX_KEPT, Clock.systemUTC());
    }

    public SeenVersions(Path folder, int max, Clock clock) {
        if (max < 1) throw new IllegalArgumentException("at least one dataset is kept");
        this.folder = folder;
        this.max = max;
        this.clock = clock;
    }

    /** The copy kept of {@code dataset}, if any. */
    public Optional<Kept> find(Path dataset) {
        Path copy = copyOf(dataset);
        if (!Files.isRegularFile(copy)) return Optional.empty();
        return Optional.of(new Kept(copy, modified(copy).toInstant()));
    }

    /**
     * Compares {@code bytes} (the file as it was just read, {@code now} its records) with the copy kept of it, then
     * keeps them in its place. Empty the first time, or when the copy kept can no longer be read as a dataset.
     */
    public Optional<Since> compareAndKeep(Path dataset, byte[] bytes, Dataset now) throws IOException {
        Optional<Since> since = find(dataset).flatMap(kept -> since(kept, bytes, now));
        keep(dataset, bytes);
        return since;
    }

    private static Optional<Since> since(Kept kept, byte[] bytes, Dataset now) {
        try {
            byte[] before = Files.readAllBytes(kept.copy());
            if (Arrays.equals(before, bytes)) return Optional.of(new Since(kept.opened(), DiffReport.between(now, now)));
            DatasetLoad load = new DatasetReader().read(new ByteArrayInputStream(before), kept.copy().toString());
            if (!load.isValid()) return Optional.empty();
            return Optional.of(new Since(kept.opened(), DiffReport.between(load.dataset(), now)));
        } catch (IOException e) {
            return Optional.empty(); // a copy that cannot be read is only a comparison lost
        }
    }

    /** Keeps {@code bytes} as the version of {@code dataset} opened last, written whole; the oldest copies go. */
    public void keep(Path dataset, byte[] bytes) throws IOException {
        keep(dataset, out -> out.write(bytes));
    }

    /** As {@link #keep(Path, byte[])}, from a writer: one that fails leaves the previous copy as it was. */
    void keep(Path dataset, AtomicFile.Writer writer) throws IOException {
        Path copy = copyOf(dataset);
        AtomicFile.write(copy, writer);
        Files.setLastModifiedTime(copy, FileTime.from(clock.instant()));
        dropOldest(copy);
    }

    /** The file that keeps {@code dataset}'s copy: a hash of its absolute path, the same wherever it is opened from. */
    Path copyOf(Path dataset) {
        String path = dataset.toAbsolutePath().normalize().toString();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(hash).substring(0, NAME_LENGTH) + SUFFIX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private void dropOldest(Path justKept) throws IOException {
        List<Path> copies;
        try (var files = Files.list(folder)) {
            copies = files.filter(SeenVersions::isCopy)
                    .sorted(Comparator.comparing(SeenVersions::modified).reversed().thenComparing(Path::toString))
                    .toList();
        }
        int left = max - 1; // the one just kept stays, whatever its time says
        for (Path p : copies) {
            if (p.equals(justKept)) continue;
            if (left > 0) left--;
            else Files.deleteIfExists(p);
        }
    }

    private static boolean isCopy(Path p) {
        String name = p.getFileName().toString();
        return name.length() == NAME_LENGTH + SUFFIX.length() && name.endsWith(SUFFIX)
                && name.substring(0, NAME_LENGTH).chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
