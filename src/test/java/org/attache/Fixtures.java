package org.attache;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Test fixtures on the class path, as files. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path path(String resource) {
        URL url = Fixtures.class.getResource("/" + resource);
        if (url == null) throw new IllegalArgumentException("no test resource " + resource);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bundled dataset as it is in the source tree. */
    public static Path bundledDataset() {
        return Path.of(System.getProperty("attache.bundledDataset", "data/campaign.json"));
    }
}
