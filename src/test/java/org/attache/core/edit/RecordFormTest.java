package org.attache.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.attache.core.data.BundledDataset;
import org.attache.core.data.DatasetReader;
import org.attache.core.data.Problem;
import org.attache.core.data.RandomDatasets;
import org.attache.core.model.Dataset;
import org.junit.jupiter.api.Test;

/** The forms are made from the schema, hold every field of every record, and validate by the file's rules. */
class RecordFormTest {
    private static final Dataset BASE = BundledDataset.load().dataset();

    @Test
    void everyRecordPutInAFormAndReadBackIsTheSameRecord() {
        int n = 0;
        for (Dataset d : List.of(BASE, new RandomDatasets(5).variantOf(BASE))) {
            for (RecordKind<?> kind : RecordKind.ALL) {
                for (Object record : kind.of(d)) {
                    DatasetReader.RecordRead read = RecordForm.read(kind.listName(), RecordForm.valuesOf(kind.listName(), record));
                    assertEquals(List.of(), read.problems(), kind.listName());
                    assertEquals(record, read.record(), kind.listName());
                    n++;
                }
            }
        }
        assertTrue(n > 1000);
    }

    @Test
    void theFieldsOfAStatementComeFromTheSchemaWithHowEachIsEntered() {
        Map<String, FormFields.Field> fields = FormFields.of("actions").stream()
                .collect(Collectors.toMap(FormFields.Field::path, f -> f));
        assertEquals(FormFields.Entry.LONG_TEXT, fields.get("summary").entry());
        assertTrue(fields.get("summary").required());
        assertEquals("assemblies", fields.get("assembly").refersTo());
        assertEquals("countries", fields.get("country").refersTo());
        assertEquals(FormFields.Entry.REFERENCES, fields.get("sources").entry());
        assertEquals("sources", fields.get("sources").refersTo());
        assertTrue(fields.get("kind").choices().contains("executive-statement"));
        assertEquals("Actor role", fields.get("actorRole").label());
        assertTrue(!fields.get("attribution").help().isEmpty(), "the schema's description is the help text");

        Map<String, FormFields.Field> fact = FormFields.of("facts").stream()
                .collect(Collectors.toMap(FormFields.Field::path, f -> f));
        assertEquals(FormFields.Entry.NUMBER, fact.get("figure.value").entry());
        assertEquals(FormFields.Entry.CHOICES, fact.get("regions").entry());
        Map<String, FormFields.Field> country = FormFields.of("countries").stream()
                .collect(Collectors.toMap(FormFields.Field::path, f -> f));
        assertEquals(FormFields.Entry.DATE, country.get("diplomaticAlly.since").entry());
        assertEquals(FormFields.Entry.TEXT, country.get("code").entry());
    }

    @Test
    void aFormWithMistakesIsAnsweredAtEachFieldAndMakesNoRecord() {
        Map<String, String> values = RecordForm.valuesOf("actions", BASE.actions().get(0));
        values.put("actor", "  ");
        values.put("date", "2023-13");
        values.put("sources", "");
        values.put("country", "lv");
        values.put("organisation", "");
        DatasetReader.RecordRead read = RecordForm.read("actions", values);

        assertNull(read.record());
        Set<String> places = read.problems().stream().filter(Problem::isError)
                .map(p -> String.valueOf(p.location().path())).collect(Collectors.toSet());
        assertTrue(places.containsAll(Set.of("$.actions[0].actor", "$.actions[0].date", "$.actions[0].country")), places.toString());
    }

    /** Each kind's form, left blank, names every required field at the field itself. */
    @Test
    void eachFormLeftBlankNamesEachRequiredFieldAtItsPlace() {
        for (RecordKind<?> kind : RecordKind.ALL) {
            DatasetReader.RecordRead read = RecordForm.read(kind.listName(), RecordForm.blank(kind.listName()));
            assertNull(read.record(), kind.listName());
            Set<String> places = read.problems().stream().filter(Problem::isError)
                    .map(p -> String.valueOf(p.location().path())).collect(Collectors.toSet());
            for (FormFields.Field f : FormFields.of(kind.listName())) {
                if (!f.required() || f.entry() == FormFields.Entry.FLAG) continue;
                String at = "$." + kind.listName() + "[0]." + f.path();
                // sources are checked against the dataset when the record is added ("cites no source")
                if (f.path().equals("sources")) continue;
                assertTrue(places.contains(at), kind.listName() + ": " + at + " in " + places);
            }
        }
    }

    @Test
    void aNewRecordStartsBlankAndSaysWhatIsRequired() {
        DatasetReader.RecordRead read = RecordForm.read("sources", RecordForm.blank("sources"));
        assertNull(read.record());
        assertTrue(read.problems().stream().anyMatch(p -> p.message().contains("\"title\" is missing")), read.problems().toString());
    }
}
