package org.attache.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.attache.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON Schema in data/ that editors use must agree with what Attaché itself accepts and refuses. */
class DatasetSchemaTest {
    private static JsonSchema schema;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void loadSchema() throws IOException {
        Path file = Fixtures.bundledDataset().resolveSibling("campaign.schema.json");
        try (InputStream in = Files.newInputStream(file)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static Set<ValidationMessage> validate(Path file) throws IOException {
        return schema.validate(JSON.readTree(file.toFile()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bundled", "fixtures/minimal.json"})
    void filesAttacheAcceptsAlsoPassTheSchema(String which) throws IOException {
        Path file = which.equals("bundled") ? Fixtures.bundledDataset() : Fixtures.path(which);
        assertEquals(Set.of(), validate(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing-schema-version.json", "schema-version-3.json", "missing-list.json",
            "list-wrong-type.json", "record-not-object.json", "missing-required-field.json", "wrong-type.json",
            "impossible-date.json", "date-wrong-format.json", "unknown-enum.json", "country-and-organisation.json",
            "held-without-session.json", "negative-tally.json", "figure-without-unit.json", "sources-not-a-list.json",
            "fact-without-source.json", "ally-without-source.json", "missing-attribution.json",
            "unknown-attribution.json"})
    void structuralMistakesAttacheRefusesAreAlsoRefusedByTheSchema(String file) throws IOException {
        assertFalse(validate(Fixtures.path("broken/" + file)).isEmpty(), file + " should fail the schema");
    }
}
