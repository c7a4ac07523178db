package org.attache.core.edit;

/** How the differences between two versions are grouped: by the country each record concerns, or by its assembly. */
public enum DiffGrouping {
    COUNTRY, ASSEMBLY
}
