package org.attache.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "validate" reads a dataset as a sceptical reader would and warns, with a place, where a brief could overstate. */
class TruthCheckTest {
    private static List<String> warnings(DatasetLoad load) {
        return load.problems().stream().filter(p -> p.severity() == Severity.WARNING)
                .map(p -> p.location().path() + " " + p.message()).toList();
    }

    private static DatasetLoad read(Path dir, String text) throws IOException {
        Path file = dir.resolve("data.json");
        Files.writeString(file, text);
        return new DatasetReader().read(file);
    }

    private static String fixture() throws IOException {
        return Files.readString(Fixtures.path("fixtures/evidence.json"));
    }

    @Test
    void theFixtureWarnsOfItsDoubtfulTalkingPointAndItsThinkTankFiledUnderACountry() {
        DatasetLoad load = new DatasetReader().read(Fixtures.path("fixtures/evidence.json"));
        assertEquals(0, load.errorCount());
        List<String> w = warnings(load);
        assertEquals(2, w.size(), w::toString);
        assertTrue(w.get(0).startsWith("$.talkingPoints[1].facts talking point \"tp-unsure\" rests on fact \"fact-unsure\""), w.get(0));
        assertTrue(w.stream().noneMatch(s -> s.contains("act-us-2023-mention")), "a mention is dated by its source");
        assertTrue(w.stream().anyMatch(s -> s.startsWith("$.actions[5].actorType") && s.contains("not the government")), w::toString);
    }

    @Test
    void aTrendWordInATalkingPointWithoutASeriesIsFlagged(@TempDir Path dir) throws IOException {
        String text = fixture().replace("\"Many people were brought home from scam compounds.\"",
                "\"Support is growing every year.\"");
        assertTrue(warnings(read(dir, text)).stream().anyMatch(s -> s.startsWith("$.talkingPoints[1].text")
                && s.contains("\"growing\"")));
    }

    @Test
    void aSourceWithoutAddressOrPublisherAndADescriptionUsedAsATitleAreFlagged(@TempDir Path dir) throws IOException {
        String text = fixture()
                .replace("\"url\": \"https://example.invalid/paper\",", "")
                .replace("\"title\": \"A newspaper report\",", "\"title\": \"Report on the 90th General Assembly\",")
                .replace("\"publisher\": \"A Newspaper\"", "\"publisher\": \"Not recorded\"");
        List<String> w = warnings(read(dir, text));
        assertTrue(w.stream().anyMatch(s -> s.startsWith("$.sources[3].url") && s.contains("no address")), w::toString);
        assertTrue(w.stream().anyMatch(s -> s.startsWith("$.sources[3].publisher") && s.contains("no known publisher")), w::toString);
        assertTrue(w.stream().anyMatch(s -> s.startsWith("$.sources[3].title") && s.contains("titleIsDescription")), w::toString);
    }

    @Test
    void aCountryActionRestingOnAThirdPartyIsFlaggedAndATallyWithoutADateToo(@TempDir Path dir) throws IOException {
        String text = fixture()
                .replace("\"summary\": \"Said it supports Taiwan in INTERPOL.\",\n      \"attribution\": \"own\"",
                        "\"summary\": \"Said it supports Taiwan in INTERPOL.\",\n      \"attribution\": \"third-party\"")
                .replace("\"date\": \"2019-10-19\",\n      \"definition\"", "\"definition\"");
        List<String> w = warnings(read(dir, text));
        assertTrue(w.stream().anyMatch(s -> s.startsWith("$.actions[0].attribution") && s.contains("third party")), w::toString);
        assertTrue(w.stream().anyMatch(s -> s.startsWith("$.tallies[0].date")), w::toString);
    }
}
