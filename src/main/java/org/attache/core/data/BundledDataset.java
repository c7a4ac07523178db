package org.attache.core.data;

import java.io.IOException;
import java.io.InputStream;

/** The dataset that ships inside Attaché (a copy of {@code data/campaign.json}) and opens by default. */
public final class BundledDataset {
    public static final String RESOURCE = "/data/campaign.json";
    public static final String DISPLAY_NAME = "campaign.json (bundled)";

    private BundledDataset() {
    }

    public static DatasetLoad load() {
        try (InputStream in = BundledDataset.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the bundled dataset " + RESOURCE + " is missing from the build");
            return new DatasetReader().read(in, DISPLAY_NAME);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled dataset cannot be read", e);
        }
    }
}
