package org.attache.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.attache.core.analysis.PackUniverse;
import org.attache.core.data.DatasetLoad;
import org.attache.core.data.DatasetReader;
import org.attache.core.data.Problem;
import org.attache.core.export.PackExporter;
import org.attache.core.model.Country;
import org.attache.core.pack.Pack;
import org.attache.core.pack.Template;

/**
 * Any bytes given as a dataset are answered with problems or a dataset, never an exception; and a dataset the
 * reader accepts can always be made into a pack. In {@code mvn verify} this replays the inputs checked in under
 * src/test/resources/org/attache/fuzz/DatasetReaderFuzzTestInputs; to search for new ones, see the README.
 */
class DatasetReaderFuzzTest {
    private static final ZonedDateTime CREATED = ZonedDateTime.of(2026, 11, 22, 9, 0, 0, 0, ZoneOffset.UTC);

    @FuzzTest(maxDuration = "10m")
    void anyBytesGiveProblemsOrADatasetThatMakesAPack(byte[] bytes) throws IOException {
        DatasetLoad load = new DatasetReader().read(new ByteArrayInputStream(bytes), "fuzz.json");
        for (Problem p : load.problems()) {
            assertTrue(p.toString().chars().noneMatch(c -> c < 0x20), "a problem on one line: " + p);
        }
        if (!load.isValid()) return;
        assertNotNull(load.dataset());
        Country first = PackUniverse.choosable(load.dataset()).stream().findFirst().orElse(null);
        if (first == null) return;
        byte[] pdf = new PackExporter().render(load.dataset(), Pack.of(first.code(), Template.MINISTERIAL), "fuzz.json",
                CREATED);
        assertTrue(pdf.length > 0);
    }
}
