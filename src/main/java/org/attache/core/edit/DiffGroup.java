package org.attache.core.edit;

import java.util.List;

/**
 * The differences under one heading: a country ({@code key} its code, {@code name} its name), an assembly
 * ({@code key} its id, {@code name} its label), or, with {@code key} null, the records that concern no country
 * ("General") or belong to no assembly ("No assembly").
 */
public record DiffGroup(String key, String name, List<DiffEntry> entries) {
    public static final String GENERAL = "General";
    public static final String NO_ASSEMBLY = "No assembly";

    public DiffGroup {
        entries = List.copyOf(entries);
    }

    /** Whether this is the group of records with no country, or no assembly. */
    public boolean isRest() {
        return key == null;
    }
}
