package org.attache.core.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.attache.core.analysis.CountingRule;
import org.attache.core.data.BundledDataset;
import org.attache.core.io.Sha256;
import org.attache.core.model.Dataset;
import org.attache.core.model.SupportAction;

/**
 * Identifies a dataset by the SHA-256 of its bytes, so a pack can tell later whether it is being opened against
 * the same dataset it was built from.
 */
public final class DatasetFingerprint {
    private DatasetFingerprint() {
    }

    /** The SHA-256 of a file's bytes, as 64 lower-case hexadecimal digits. */
    public static String sha256(Path file) throws IOException {
        return Sha256.of(file);
    }

    /** The SHA-256 of everything left in the stream, as 64 lower-case hexadecimal digits. The stream is not closed. */
    public static String sha256(InputStream in) throws IOException {
        return Sha256.of(in);
    }

    /** The SHA-256 of the dataset that ships inside Attaché. */
    public static String sha256OfBundled() {
        try (InputStream in = DatasetFingerprint.class.getResourceAsStream(BundledDataset.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled dataset " + BundledDataset.RESOURCE + " is missing from the build");
            }
            return sha256(in);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled dataset cannot be read", e);
        }
    }

    /**
     * What a pack records about the dataset it is built from: the file's name and hash, its title and updated date,
     * how many records of each type it held, and how many actions of the pack's country count as its own by the counting rule.
     */
    public static DatasetRef refFor(String fileName, String sha256, Dataset dataset, String countryCode) {
        int countryActions = 0;
        if (countryCode != null) {
            for (SupportAction action : dataset.actions()) {
                if (countryCode.equals(action.country()) && CountingRule.STANDARD.counts(action)) countryActions++;
            }
        }
        return new DatasetRef(fileName, sha256, dataset.title(),
                dataset.updated() == null ? null : dataset.updated().toString(), dataset.recordCounts(), countryActions);
    }
}
