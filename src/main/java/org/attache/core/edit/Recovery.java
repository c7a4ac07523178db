package org.attache.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.attache.core.data.DatasetLoad;
import org.attache.core.data.DatasetReader;
import org.attache.core.data.DatasetWriter;
import org.attache.core.io.AtomicFile;
import org.attache.core.model.Dataset;
import org.attache.core.pack.Pack;
import org.attache.core.pack.PackFile;
import org.attache.core.pack.PackLoad;

/**
 * The recovery file: unsaved edits to the dataset and the open pack, written whole a few seconds after each change
 * into the user's application-data folder, so that after a crash or a kill the next start can offer them back. It
 * is removed once the work is saved or knowingly discarded; it is never restored without asking.
 *
 * <p>Each session has a file of its own and holds a lock beside it while it runs; only the files of sessions whose
 * lock is free (they ended without removing their file) are offered, so a second window never takes the work of
 * one still open.
 */
public final class Recovery {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORMAT = "attache-recovery";
    private static final String PREFIX = "recovery-";
    private final Path folder;
    private final Path file;
    private FileChannel lockChannel;
    private FileLock lock;

    /** What was kept: the dataset's file (null for the bundled one) and its fingerprint then, and the unsaved work. */
    public record Snapshot(Instant saved, Path datasetFile, String openedSha256, Dataset dataset, String changes,
                           Path packFile, Pack pack) {
        /** Whether there is anything to restore. */
        public boolean hasWork() {
            return dataset != null || pack != null;
        }
    }

    public Recovery(Path folder) {
        this.folder = folder;
        this.file = folder.resolve(PREFIX + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".json");
    }

    public Path file() {
        return file;
    }

    /** Keeps the snapshot, replacing the last one; the file is always whole (written beside it, then moved). */
    public void keep(Snapshot s) throws IOException {
        holdLock();
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("saved", s.saved().toString());
        if (s.dataset() != null) {
            ObjectNode dataset = root.putObject("dataset");
            if (s.datasetFile() != null) dataset.put("file", s.datasetFile().toString());
            if (s.openedSha256() != null) dataset.put("sha256", s.openedSha256());
            dataset.put("changes", s.changes());
            dataset.set("content", JSON.readTree(DatasetWriter.toBytes(s.dataset())));
        }
        if (s.pack() != null) {
            ObjectNode pack = root.putObject("pack");
            if (s.packFile() != null) pack.put("file", s.packFile().toString());
            pack.set("content", JSON.readTree(PackFile.toBytes(s.pack())));
        }
        AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    /** Work a session left without saving it: the file that holds it, and what it holds. */
    public record Left(Path file, Snapshot snapshot) {
    }

    /** The work the newest session that ended without saving it left, if any; sessions still running are skipped. */
    public Optional<Left> left() {
        if (!Files.isDirectory(folder)) return Optional.empty();
        try (var files = Files.list(folder)) {
            List<Path> candidates = files.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                            && p.getFileName().toString().endsWith(".json") && !p.equals(file))
                    .sorted(Comparator.comparing(Recovery::modified).reversed()).toList();
            removeStaleLocks();
            for (Path p : candidates) {
                if (isRunning(p)) continue;
                Optional<Snapshot> s = read(p);
                if (s.isPresent()) return Optional.of(new Left(p, s.get()));
            }
        } catch (IOException e) {
            return Optional.empty(); // nothing can be offered; the app still starts
        }
        return Optional.empty();
    }

    /** Removes work left by an earlier session once the user restored or discarded it. */
    public void forget(Left left) throws IOException {
        Files.deleteIfExists(left.file());
        Files.deleteIfExists(lockOf(left.file()));
    }

    /** Lock files of sessions that ended with nothing to recover. */
    private void removeStaleLocks() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path lockFile : files.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                    && p.getFileName().toString().endsWith(".lock")).toList()) {
                String name = lockFile.getFileName().toString();
                Path json = lockFile.resolveSibling(name.substring(0, name.length() - ".lock".length()) + ".json");
                if (!Files.exists(json) && !isRunning(json)) Files.deleteIfExists(lockFile);
            }
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private static Path lockOf(Path recoveryFile) {
        String name = recoveryFile.getFileName().toString();
        return recoveryFile.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".lock");
    }

    /** Whether the session that keeps {@code recoveryFile} still runs: its lock is held (here or by another process). */
    private static boolean isRunning(Path recoveryFile) {
        Path lockFile = lockOf(recoveryFile);
        if (!Files.exists(lockFile)) return false;
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) return true;
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held by this very process, by a session still open
        } catch (IOException e) {
            return false;
        }
    }

    /** Takes this session's lock the first time something is kept, and holds it while the process runs. */
    private void holdLock() throws IOException {
        if (lock != null) return;
        Files.createDirectories(folder);
        lockChannel = FileChannel.open(lockOf(file), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lock = lockChannel.tryLock();
    }

    /** The snapshot kept by this session, if any can be read. */
    public Optional<Snapshot> find() {
        return read(file);
    }

    private static Optional<Snapshot> read(Path file) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (!FORMAT.equals(root.path("format").asText())) return Optional.empty();
            Dataset dataset = null;
            Path datasetFile = null;
            String sha = null;
            String changes = null;
            JsonNode d = root.path("dataset");
            if (d.has("content")) {
                DatasetLoad load = new DatasetReader().read(new ByteArrayInputStream(
                        JSON.writeValueAsBytes(d.get("content"))), "recovered dataset");
                if (load.isValid()) dataset = load.dataset();
                datasetFile = d.has("file") ? Path.of(d.get("file").asText()) : null;
                sha = d.has("sha256") ? d.get("sha256").asText() : null;
                changes = d.path("changes").asText("");
            }
            Pack pack = null;
            Path packFile = null;
            JsonNode p = root.path("pack");
            if (p.has("content")) {
                PackLoad load = PackFile.read(JSON.writeValueAsBytes(p.get("content")), "recovered pack");
                if (load.isUsable()) pack = load.pack();
                packFile = p.has("file") ? Path.of(p.get("file").asText()) : null;
            }
            Snapshot s = new Snapshot(Instant.parse(root.path("saved").asText()), datasetFile, sha, dataset, changes,
                    packFile, pack);
            return s.hasWork() ? Optional.of(s) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged recovery file is no reason to stop the app from starting
        }
    }

    /**
     * Ends this session's hold on its file: a recovery file still there (work not saved) is offered at the next
     * start, as after a crash.
     */
    public void close() throws IOException {
        if (lock != null) {
            lock.release();
            lockChannel.close();
            lock = null;
            Files.deleteIfExists(lockOf(file));
        }
    }

    /** Removes this session's recovery file: the work was saved or knowingly discarded. */
    public void clear() throws IOException {
        Files.deleteIfExists(file);
    }
}
