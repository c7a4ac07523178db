package org.attache.core.model;

/** What kind of act a support action is. */
public enum ActionKind implements JsonEnum {
    EXECUTIVE_STATEMENT, LEGISLATIVE_LETTER, LEGISLATIVE_RESOLUTION, LAW, PARLIAMENTARIAN_COUNT, MEDIA, OTHER;

    @Override
    public String json() {
        return JsonEnum.kebab(this);
    }
}
