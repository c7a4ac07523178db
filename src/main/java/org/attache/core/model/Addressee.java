package org.attache.core.model;

/** Whom an ask is addressed to: INTERPOL itself, or a government, a parliament or a police force in a meeting. */
public enum Addressee implements JsonEnum {
    INTERPOL, GOVERNMENT, PARLIAMENT, POLICE;

    @Override
    public String json() {
        return JsonEnum.kebab(this);
    }
}
