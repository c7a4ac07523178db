package org.attache.core.model;

/** How a record is known: who says so, whether INTERPOL is named, and how sure the sources make us. */
public record Evidence(Attribution attribution, Scope scope, Confidence confidence) {
    public Evidence {
        if (attribution == null) throw new IllegalArgumentException("a record needs an attribution");
        if (scope == null) scope = Scope.INTERPOL;
        if (confidence == null) confidence = Confidence.HIGH;
    }
}
