package org.attache.core.model;

/** Whether support names INTERPOL or international organisations in general. */
public enum Scope implements JsonEnum {
    INTERPOL, GENERAL;

    @Override
    public String json() {
        return JsonEnum.kebab(this);
    }
}
