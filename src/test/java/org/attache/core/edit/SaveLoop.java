package org.attache.core.edit;

import java.nio.file.Path;
import org.attache.core.data.BundledDataset;
import org.attache.core.model.Dataset;

/**
 * A process that saves a dataset over and over, each time a new version (its title says which), printing the
 * number of each version once it is saved. {@link SaveKillTest} kills it at random moments.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Dataset base = BundledDataset.load().dataset();
        String sha = null;
        for (int version = 1; ; version++) {
            sha = DatasetSaver.save(version(base, version), file, sha).sha256();
            System.out.println(version);
            System.out.flush();
        }
    }

    static Dataset version(Dataset d, int version) {
        return new Dataset("Save test, version " + version, d.updated(), d.sources(), d.assemblies(), d.countries(),
                d.organisations(), d.measures(), d.actions(), d.tallies(), d.facts(), d.asks(), d.talkingPoints(),
                d.articles());
    }
}
