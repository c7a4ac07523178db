package org.attache.core.model;

/** Where a source comes from. */
public enum SourceKind implements JsonEnum {
    SEED, WEB, OFFICIAL_DOCUMENT, USER;

    @Override
    public String json() {
        return JsonEnum.kebab(this);
    }
}
