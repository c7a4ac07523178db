package org.attache.core.export;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.attache.core.analysis.DatasetCheck;
import org.attache.core.analysis.Finding;
import org.attache.core.model.Dataset;
import org.attache.core.pdf.PrintableText;

/**
 * Finds the texts of a dataset that hold characters no bundled font can print, so that {@code validate} and the
 * app name each one at its field before a pack shows it as "[U+4E2D]". Every text field of every record is read,
 * nested records (an ally's note, a figure's unit) included.
 */
public final class UnprintableText implements DatasetCheck {
    private static final int SHOWN = 6;

    @Override
    public List<Finding> findings(Dataset dataset) {
        List<Finding> findings = new ArrayList<>();
        for (List<?> records : List.of(dataset.sources(), dataset.assemblies(), dataset.countries(),
                dataset.organisations(), dataset.measures(), dataset.actions(), dataset.tallies(), dataset.facts(),
                dataset.asks(), dataset.talkingPoints(), dataset.articles())) {
            for (Object record : records) check(record, record, "", findings);
        }
        return findings;
    }

    /** Checks the text fields of {@code value}, a record found inside {@code owner} under {@code prefix}. */
    private static void check(Object owner, Object value, String prefix, List<Finding> findings) {
        if (!value.getClass().isRecord()) return;
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object field = read(component, value);
            String name = prefix + component.getName();
            if (field instanceof String text) {
                check(owner, name, text, findings);
            } else if (field instanceof List<?> list) {
                for (Object element : list) {
                    if (element instanceof String text) check(owner, name, text, findings);
                }
            } else if (field != null && field.getClass().isRecord()) {
                check(owner, field, name + ".", findings);
            }
        }
    }

    private static void check(Object owner, String field, String text, List<Finding> findings) {
        String problem = problem(field, text);
        if (problem != null) findings.add(new Finding(owner, field, problem));
    }

    /**
     * What is wrong with {@code text} for printing, or null: "\"purpose\" has 2 characters no bundled font can
     * print (U+0928, U+092E); a pack shows each as its code, such as [U+0928]".
     */
    public static String problem(String field, String text) {
        if (text == null) return null;
        Set<Integer> missing = new LinkedHashSet<>();
        text.codePoints().filter(cp -> !PrintableText.canPrint(cp)).forEach(missing::add);
        if (missing.isEmpty()) return null;
        String codes = missing.stream().limit(SHOWN).map(cp -> String.format("U+%04X", cp))
                .collect(Collectors.joining(", ")) + (missing.size() > SHOWN ? ", …" : "");
        return "\"" + field + "\" has " + (missing.size() == 1 ? "a character" : missing.size() + " characters")
                + " no bundled font can print (" + codes + "); a pack shows each as its code, such as ["
                + String.format("U+%04X", missing.iterator().next()) + "]";
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
