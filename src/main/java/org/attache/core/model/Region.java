package org.attache.core.model;

/** A world region as the UN M49 standard groups countries; written capitalised in the dataset ("Europe"). */
public enum Region implements JsonEnum {
    AFRICA, AMERICAS, ASIA, EUROPE, OCEANIA, ANTARCTICA;

    @Override
    public String json() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
