package org.attache.core.edit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attache.core.data.DatasetWriter;
import org.attache.core.io.AtomicFile;
import org.attache.core.model.Dataset;
import org.attache.core.pack.DatasetFingerprint;

/**
 * Saves a dataset so that it cannot be corrupted or overwrite a colleague's work: written whole beside the file and
 * forced to disk, the previous version kept as {@code .bak}, then put in place in one step. If the file on disk is
 * no longer the one that was opened (someone saved it on a shared drive meanwhile), nothing is written.
 */
public final class DatasetSaver {

    /** The file changed on disk since it was opened: the caller offers to reload, compare or save elsewhere. */
    public static final class ChangedOnDisk extends IOException {
        private final transient Path file;

        ChangedOnDisk(Path file) {
            super(file.getFileName() + " was changed by someone else since you opened it; nothing was saved");
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }

    /** The outcome: the saved file's fingerprint (to check the next save against), and how it was replaced. */
    public record Saved(String sha256, boolean atomic, Path backup) {
        /** What to tell the user beyond "saved", or null: a file system that could not replace in one step. */
        public String caveat() {
            return atomic ? null : "this drive could not replace the file in one step; the previous version is kept as "
                    + (backup == null ? "nothing" : backup.getFileName());
        }
    }

    private DatasetSaver() {
    }

    /**
     * Saves {@code dataset} to {@code file}. {@code openedSha256} is the fingerprint of the file as it was opened or
     * last saved; null saves without that check (a new file, or one the user chose to replace).
     */
    public static Saved save(Dataset dataset, Path file, String openedSha256) throws IOException {
        byte[] bytes = DatasetWriter.toBytes(dataset);
        AtomicFile.Outcome outcome = AtomicFile.replaceKeepingBackup(file, bytes, () -> {
            if (openedSha256 != null && Files.exists(file) && !DatasetFingerprint.sha256(file).equals(openedSha256)) {
                throw new ChangedOnDisk(file);
            }
        });
        return new Saved(DatasetFingerprint.sha256(new ByteArrayInputStream(bytes)), outcome.atomic(), outcome.backup());
    }
}
