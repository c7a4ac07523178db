package org.attache.core.analysis;

import org.attache.Fixtures;
import org.attache.core.data.DatasetLoad;
import org.attache.core.data.DatasetReader;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;

/** The small dataset of fixtures/evidence.json: one record for each way a statement can be qualified. */
final class EvidenceFixture {
    static final DatasetLoad LOAD = new DatasetReader().read(Fixtures.path("fixtures/evidence.json"));
    static final Dataset DATA = LOAD.dataset();

    private EvidenceFixture() {
    }

    static Country country(String code) {
        return DATA.country(code).orElseThrow();
    }
}
