package org.attache.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.attache.Fixtures;
import org.attache.core.analysis.TranslationCoverage;
import org.attache.core.model.Translations;
import org.junit.jupiter.api.Test;

/** Texts in Traditional Chinese are read by list, record and field; what is not a translatable text is refused. */
class TranslationsTest {
    private static DatasetLoad read(String json) throws IOException {
        return new DatasetReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "zh.json");
    }

    private static String minimal() throws IOException {
        return Files.readString(Fixtures.path("fixtures/minimal.json"));
    }

    @Test
    void aTranslationIsReadByListRecordAndField() throws IOException {
        DatasetLoad load = read(minimal());
        assertTrue(load.isValid(), load.problems().toString());
        Translations t = load.dataset().translations();
        assertEquals("拉脫維亞", t.text(Translations.TRADITIONAL_CHINESE, "countries", "LV", "name"));
        assertEquals(null, t.text(Translations.TRADITIONAL_CHINESE, "countries", "PY", "name"), "not given: English is shown");
        assertTrue(TranslationCoverage.of(load.dataset(), Translations.TRADITIONAL_CHINESE).stream()
                .anyMatch(l -> l.toString().equals("countries.name: 1 of 3")));
    }

    @Test
    void anotherLanguageAListOrAFieldThatIsNotTranslatedAreErrorsAtTheirPlace() throws IOException {
        String[][] cases = {
                {"\"zh-Hant\": {", "\"fr\": {\"countries\": {}}, \"zh-Hant\": {", "$.translations.fr", "not “fr”"},
                {"\"countries\": { \"LV\": { \"name\": \"拉脫維亞\" } }", "\"countries\": { \"LV\": { \"code\": \"LV\" } }",
                        "$.translations[\"zh-Hant\"].countries.LV.code", "\"code\" of countries is not translated"},
                {"\"countries\": { \"LV\"", "\"sources\": {}, \"countries\": { \"LV\"",
                        "$.translations[\"zh-Hant\"].sources", "no texts of \"sources\" are translated"},
                {"\"name\": \"拉脫維亞\"", "\"name\": \"  \"", "$.translations[\"zh-Hant\"].countries.LV.name", "a translation is text"}};
        for (String[] c : cases) {
            assertTrue(minimal().contains(c[0]), c[0]);
            DatasetLoad load = read(minimal().replace(c[0], c[1]));
            assertTrue(load.problems().stream().anyMatch(p -> p.isError() && String.valueOf(p.location().path()).equals(c[2])
                    && p.message().contains(c[3]) && p.location().line() > 0), c[1] + ": " + load.problems());
        }
    }

    @Test
    void theDatasetsOwnTitleIsTranslatedUnderTheIdDataset() throws IOException {
        String given = minimal().replace("\"countries\": { \"LV\"",
                "\"dataset\": { \"dataset\": { \"title\": \"臺灣與國際刑警組織\" } }, \"countries\": { \"LV\"");
        DatasetLoad load = read(given);
        assertTrue(load.isValid() && load.warningCount() == read(minimal()).warningCount(), load.problems().toString());
        assertEquals("臺灣與國際刑警組織", load.dataset().translations().text(Translations.TRADITIONAL_CHINESE,
                Translations.DATASET, Translations.DATASET, "title"));
        assertTrue(TranslationCoverage.of(load.dataset(), Translations.TRADITIONAL_CHINESE).stream()
                .anyMatch(l -> l.toString().equals("dataset.title: 1 of 1")));

        DatasetLoad other = read(given.replace("\"dataset\": { \"dataset\"", "\"dataset\": { \"campaign\""));
        assertTrue(other.problems().stream().anyMatch(p -> !p.isError()
                && String.valueOf(p.location().path()).equals("$.translations[\"zh-Hant\"].dataset.campaign")), other.problems().toString());
    }

    @Test
    void aTranslationOfNoRecordIsAWarningItIsNeverShown() throws IOException {
        DatasetLoad load = read(minimal().replace("\"LV\": { \"name\"", "\"XX\": { \"name\""));
        assertTrue(load.isValid());
        assertTrue(load.problems().stream().anyMatch(p -> !p.isError()
                && String.valueOf(p.location().path()).equals("$.translations[\"zh-Hant\"].countries.XX")), load.problems().toString());
    }
}
