package org.attache.core.data;

/** How serious a problem in a dataset is: errors make the file invalid, warnings do not. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
