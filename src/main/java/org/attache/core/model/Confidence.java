package org.attache.core.model;

/** How sure the sources make us of a record. */
public enum Confidence implements JsonEnum {
    HIGH, MEDIUM, LOW;

    @Override
    public String json() {
        return JsonEnum.kebab(this);
    }
}
