package org.attache.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
 */
public final class Recovery {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORMAT = "attache-recovery";
    private final Path file;

    /** What was kept: the dataset's file (null for the bundled one) and its fingerprint then, and the unsaved work. */
    public record Snapshot(Instant saved, Path datasetFile, String openedSha256, Dataset dataset, String changes,
                           Path packFile, Pack pack) {
        /** Whether there is anything to restore. */
        public boolean hasWork() {
            return dataset != null || pack != null;
        }
    }

    public Recovery(Path folder) {
        this.file = folder.resolve("recovery.json");
    }

    public Path file() {
        return file;
    }

    /** Keeps the snapshot, replacing the last one; the file is always whole (written beside it, then moved). */
    public void keep(Snapshot s) throws IOException {
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

    /** The snapshot left by a session that did not end cleanly, if any can be read. */
    public Optional<Snapshot> find() {
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

    /** Removes the recovery file: the work was saved, restored or knowingly discarded. */
    public void clear() throws IOException {
        Files.deleteIfExists(file);
    }
}
