package org.attache.core.model;

/** A world region as the UN M49 standard groups countries. */
public enum Region implements JsonEnum {
    AFRICA, AMERICAS, ASIA, EUROPE, OCEANIA, ANTARCTICA;

    @Override
    public String json() {
        return JsonEnum.kebab(this);
    }
}
