package org.attache.core.model;

/** Who says a record is so: the actor itself, Taiwan's government reporting it, or a third party describing it. */
public enum Attribution implements JsonEnum {
    /** On the actor's own record: its law, letter, resolution, communiqué, or its reported public words. */
    OWN,
    /** Taiwan's government (MOFA, its missions, its publications) says so. */
    REPORTED_BY_TAIWAN,
    /** Someone other than the actor and Taiwan's government describes it. */
    THIRD_PARTY;

    @Override
    public String json() {
        return JsonEnum.kebab(this);
    }
}
