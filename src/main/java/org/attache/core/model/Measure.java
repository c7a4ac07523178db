package org.attache.core.model;

/** Something counted per assembly, such as countries voicing support; each measure is its own series. */
public record Measure(String id, String label, String unit, String description) {
    public Measure {
        Lists.required(id, "id");
        Lists.required(label, "label");
        Lists.required(unit, "unit");
    }
}
