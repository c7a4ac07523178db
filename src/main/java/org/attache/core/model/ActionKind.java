package org.attache.core.model;

/** What kind of act a support action is; a mention is no act at all, only being named by someone else. */
public enum ActionKind implements JsonEnum {
    EXECUTIVE_STATEMENT, LEGISLATIVE_LETTER, LEGISLATIVE_RESOLUTION, LAW, BILL, PARLIAMENTARIAN_COUNT, MEDIA, OTHER,
    MENTION;

    @Override
    public String json() {
        return JsonEnum.kebab(this);
    }

    @Override
    public String label() {
        return switch (this) {
            case BILL -> "Bill introduced";
            case MENTION -> "Named by others";
            default -> JsonEnum.super.label();
        };
    }
}
