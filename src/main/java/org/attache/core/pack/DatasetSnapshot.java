package org.attache.core.pack;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.attache.core.data.DatasetLoad;
import org.attache.core.data.DatasetReader;
import org.attache.core.data.DatasetWriter;
import org.attache.core.data.json.JsonTreeParser;
import org.attache.core.model.Dataset;

/**
 * A copy of the dataset a pack was made from, kept in the pack file so that a later pack can list what is new since
 * it: the dataset as the writer writes it, compressed and in base64. A dataset too large to keep within a pack file
 * has no copy; a copy is read back no larger than a dataset may be.
 */
public final class DatasetSnapshot {
    /** The most a copy may take in a pack file, leaving room for the pack itself within {@link PackFile#MAX_BYTES}. */
    static final int MOST_CHARACTERS = 768 * 1024;
    /**
     * A dataset file larger than this is not copied at all: compressed, it would not fit (datasets compress about
     * eight times), and making the copy would take seconds.
     */
    public static final long MOST_DATASET_BYTES = 6L * 1024 * 1024;
    private static final long MOST_BYTES = JsonTreeParser.MAX_DOCUMENT_LENGTH;

    private DatasetSnapshot() {
    }

    /** The copy of {@code dataset} to keep in a pack file, or null when it would not fit in one. */
    public static String of(Dataset dataset) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream(64 * 1024);
        try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
            out.write(DatasetWriter.toBytes(dataset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = Base64.getEncoder().encodeToString(zipped.toByteArray());
        return text.length() <= MOST_CHARACTERS ? text : null;
    }

    /**
     * The dataset a copy holds, read as any dataset is, under {@code name}; a copy that is not base64, not
     * compressed as written, or larger than a dataset may be comes back as an unreadable load saying so.
     */
    public static DatasetLoad read(String snapshot, String name) {
        byte[] zipped;
        try {
            zipped = Base64.getDecoder().decode(snapshot);
        } catch (IllegalArgumentException e) {
            return DatasetReader.unreadable(name, "its copy of the dataset is not base64: " + e.getMessage());
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            byte[] json = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MOST_BYTES + 1));
            if (json.length > MOST_BYTES) {
                return DatasetReader.unreadable(name, "its copy of the dataset is larger than a dataset may be");
            }
            return new DatasetReader().read(new ByteArrayInputStream(json), name);
        } catch (IOException e) {
            return DatasetReader.unreadable(name, "its copy of the dataset is damaged: " + e.getMessage());
        }
    }
}
