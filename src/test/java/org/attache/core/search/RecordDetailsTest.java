package org.attache.core.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.attache.Fixtures;
import org.attache.core.data.DatasetReader;
import org.attache.core.model.Dataset;
import org.junit.jupiter.api.Test;

/** A record's details in the app say what qualifies it and whether it counts, in the words the packs use. */
class RecordDetailsTest {
    private static final Dataset DATA = new DatasetReader().read(Fixtures.path("fixtures/evidence.json")).dataset();

    private static List<String> lines(RecordType type, String id) {
        return RecordDetails.of(DATA, type, id).orElseThrow().lines();
    }

    @Test
    void anActionSaysItsCaveatsAndWhetherItCounts() {
        List<String> mention = lines(RecordType.ACTION, "act-us-2023-mention");
        assertTrue(mention.stream().anyMatch(l -> l.startsWith("Qualified: named by others (")
                && l.contains("reported by MOFA (") && l.contains("INTERPOL not named (")), mention::toString);
        assertTrue(mention.contains("Not counted as an act of the United States itself."), mention::toString);
        assertTrue(lines(RecordType.ACTION, "act-us-2021").contains("Counted as an act of the United States itself."));
    }

    @Test
    void aFactSaysItsCaveatsAndASourceWhetherItsTitleIsADescription() {
        assertTrue(lines(RecordType.FACT, "fact-unsure").stream().anyMatch(l -> l.contains("unconfirmed (")));
        List<String> source = lines(RecordType.SOURCE, "src-mofa");
        assertTrue(source.contains("The title describes the document; it is not its own headline."), source::toString);
        assertTrue(source.contains("Published by: government"), source::toString);
    }
}
