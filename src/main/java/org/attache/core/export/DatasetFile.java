package org.attache.core.export;

import java.io.IOException;
import java.nio.file.Path;
import org.attache.core.data.BundledDataset;
import org.attache.core.data.DatasetLoad;
import org.attache.core.data.DatasetReader;
import org.attache.core.document.PackComposer;
import org.attache.core.model.Dataset;
import org.attache.core.pack.DatasetFingerprint;
import org.attache.core.pack.DatasetRef;
import org.attache.core.pack.DatasetSnapshot;
import org.attache.core.sign.SignatureVerifier;
import org.attache.core.sign.TrustedKeys;
import org.attache.core.sign.Verification;

/**
 * A dataset opened for packs: the load, the name packs call it by, the hash that tells versions apart, and what its
 * signature says of where it came from.
 */
public record DatasetFile(String name, String sha256, DatasetLoad load, Verification signature) {
    public DatasetFile {
        if (signature == null) signature = Verification.unsigned(name);
    }

    /** A version with no signature of its own, such as one edited in the app. */
    public DatasetFile(String name, String sha256, DatasetLoad load) {
        this(name, sha256, load, Verification.unsigned(name));
    }

    public static DatasetFile bundled() {
        return new DatasetFile(BundledDataset.DISPLAY_NAME, DatasetFingerprint.sha256OfBundled(), BundledDataset.load(),
                Verification.bundled(BundledDataset.DISPLAY_NAME));
    }

    /** The reader for datasets packs are made from: it also names every character no bundled font can print. */
    public static DatasetReader reader() {
        return new DatasetReader().with(new UnprintableText());
    }

    /** Reads the file and checks its signature against the keys trusted by this user. */
    public static DatasetFile open(Path file) {
        return open(file, TrustedKeys.standard());
    }

    /**
     * Reads the file and checks its signature against {@code trusted}; a file that cannot be read comes back with
     * its problems, no hash and its signature unchecked.
     */
    public static DatasetFile open(Path file, TrustedKeys trusted) {
        DatasetLoad load = reader().read(file);
        String sha = null;
        if (load.isReadable()) {
            try {
                sha = DatasetFingerprint.sha256(file);
            } catch (IOException e) {
                sha = null;
            }
        }
        String name = file.getFileName().toString();
        Verification signature = sha == null ? null : new SignatureVerifier(trusted).verify(file, sha);
        return new DatasetFile(name, sha, load, signature);
    }

    public Dataset dataset() {
        return load.dataset();
    }

    /**
     * What a pack for {@code country} records about this dataset, with a copy of it, so that a later pack can list
     * what is new since this one.
     */
    public DatasetRef refFor(String country) {
        DatasetRef ref = DatasetFingerprint.refFor(name, sha256, dataset(), country);
        return load.bytes() > DatasetSnapshot.MOST_DATASET_BYTES ? ref : ref.withSnapshot(DatasetSnapshot.of(dataset()));
    }

    /** Who vouches for the dataset, as a pack's metadata names them: a trusted signer, or null. */
    public PackComposer.SignedBy signedBy() {
        return signature.status() == Verification.Status.SIGNED
                ? new PackComposer.SignedBy(signature.signer(), signature.keyId()) : null;
    }
}
