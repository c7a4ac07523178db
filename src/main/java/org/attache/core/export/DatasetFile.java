package org.attache.core.export;

import java.io.IOException;
import java.nio.file.Path;
import org.attache.core.data.BundledDataset;
import org.attache.core.data.DatasetLoad;
import org.attache.core.data.DatasetReader;
import org.attache.core.model.Dataset;
import org.attache.core.pack.DatasetFingerprint;
import org.attache.core.pack.DatasetRef;

/** A dataset opened for packs: the load, the name packs call it by, and the hash that tells versions apart. */
public record DatasetFile(String name, String sha256, DatasetLoad load) {

    public static DatasetFile bundled() {
        return new DatasetFile(BundledDataset.DISPLAY_NAME, DatasetFingerprint.sha256OfBundled(), BundledDataset.load());
    }

    /** The reader for datasets packs are made from: it also names every character no bundled font can print. */
    public static DatasetReader reader() {
        return new DatasetReader().with(new UnprintableText());
    }

    /** Reads the file; a file that cannot be read comes back with its problems and no hash. */
    public static DatasetFile open(Path file) {
        DatasetLoad load = reader().read(file);
        String sha = null;
        if (load.isReadable()) {
            try {
                sha = DatasetFingerprint.sha256(file);
            } catch (IOException e) {
                sha = null;
            }
        }
        return new DatasetFile(file.getFileName().toString(), sha, load);
    }

    public Dataset dataset() {
        return load.dataset();
    }

    /** What a pack for {@code country} records about this dataset. */
    public DatasetRef refFor(String country) {
        return DatasetFingerprint.refFor(name, sha256, dataset(), country);
    }
}
