package org.attache.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.attache.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Ids and country codes are held to the schema's patterns as the file is read: a code can never be a path, two
 * ids never differ only in case or spaces, and a value with control characters is shown escaped.
 */
class HostileIdsTest {
    private static String minimal() throws IOException {
        return Files.readString(Fixtures.path("fixtures/minimal.json"));
    }

    private static DatasetLoad read(String json) throws IOException {
        return new DatasetReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "hostile.json");
    }

    @Test
    void aCountryCodeThatIsNotTwoCapitalLettersIsRefusedWithItsPlace() throws IOException {
        for (String code : new String[] {"../../escaped/TR", "/tmp/TR", "TUR", "tr", "Т\u0420", "T\u0000R"}) {
            DatasetLoad load = read(minimal().replace("\"code\": \"TR\"", "\"code\": \"" + code.replace("\u0000", "\\u0000") + "\""));
            assertFalse(load.isValid(), code);
            Problem p = load.problems().stream().filter(x -> x.message().startsWith("\"code\" is ")).findFirst()
                    .orElseThrow(() -> new AssertionError(code + ": " + load.problems()));
            assertTrue(p.message().contains("a country code is two capital letters"), p.message());
            assertTrue(p.location().path().toString().endsWith(".code"), p.location().toString());
            assertTrue(p.location().line() > 0, "placed: " + p);
            assertTrue(load.dataset() == null || load.dataset().countries().stream()
                    .noneMatch(c -> c.code().contains("/") || c.code().length() != 2), "no such code reaches the dataset");
        }
    }

    @Test
    void anIdOutsideTheSchemasFormIsRefused() throws IOException {
        for (String id : new String[] {"GA-89", "ga 89", "ga_89", "-ga", "g\u0430-89"}) {
            DatasetLoad load = read(minimal().replace("\"id\": \"ga-89\"", "\"id\": \"" + id + "\""));
            assertTrue(load.problems().stream().anyMatch(p -> p.isError()
                    && p.message().contains("an id is lower-case letters, digits and '-'")), id + ": " + load.problems());
        }
    }

    @Test
    void controlCharactersInAValueAreShownEscapedNeverRaw() throws IOException {
        DatasetLoad load = read(minimal().replace("\"code\": \"TR\"", "\"code\": \"\\u001b[2J\\nResult: valid\""));
        Problem p = load.problems().stream().filter(x -> x.message().startsWith("\"code\" is ")).findFirst().orElseThrow();
        assertTrue(p.message().contains("\\u001b[2J\\u000aResult: valid"), p.message());
        assertFalse(p.toString().contains("\u001b") || p.toString().contains("\n"), p.toString());
    }

    /** Years, session numbers and counts have ranges: a count of 1.7e308 or 2.5, a year 99999 are refused. */
    @Test
    void numbersOutsideTheirRangeAreRefusedWithTheRange() throws IOException {
        String[][] cases = {
                {"\"year\": 2021,", "\"year\": 99999,", "\"year\" is 99999; it must be from 1,914 to 2,100"},
                {"\"year\": 2021,", "\"year\": -2015,", "\"year\" is -2015"},
                {"\"session\": 89,", "\"session\": 0,", "\"session\" is 0; it must be from 1 to 999"},
                {"\"value\": 11,", "\"value\": 1.7e308,", "\"value\""},
                {"\"value\": 11,", "\"value\": 2.5,", "\"value\""},
                {"\"value\": 478,", "\"value\": 1e300,", "\"value\" is 1.0E300; it must be from 0 to 1,000,000,000,000"}};
        for (String[] c : cases) {
            assertTrue(minimal().contains(c[0]), c[0]);
            DatasetLoad load = read(minimal().replaceFirst(java.util.regex.Pattern.quote(c[0]), c[1]));
            assertFalse(load.isValid(), c[1]);
            assertTrue(load.problems().stream().anyMatch(p -> p.isError() && p.message().contains(c[2])
                    && p.location().line() > 0), c[1] + ": " + load.problems());
        }
    }
}
