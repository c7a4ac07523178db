package org.attache.core.model;

/** The kind of body that published a source. */
public enum PublisherType implements JsonEnum {
    GOVERNMENT, PARLIAMENT, INTERNATIONAL_ORGANISATION, MEDIA, THINK_TANK, ADVOCACY, OTHER;

    @Override
    public String json() {
        return JsonEnum.kebab(this);
    }
}
