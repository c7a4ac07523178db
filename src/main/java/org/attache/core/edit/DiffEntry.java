package org.attache.core.edit;

import java.util.Set;

/**
 * One record that differs between two versions, as a list shows it: the difference (with each changed field before
 * and after), a few words on the record, and the countries and assemblies it concerns in either version (in order
 * of code and id), so that a record moved from one country or assembly to another is found under both.
 */
public record DiffEntry(DatasetDiff.Difference difference, String description, Set<String> countries,
                        Set<String> assemblies) {
    public DiffEntry {
        countries = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(countries));
        assemblies = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(assemblies));
    }

    public RecordKind<?> kind() {
        return difference.kind();
    }

    public String id() {
        return difference.id();
    }

    public DatasetDiff.Status status() {
        return difference.status();
    }
}
