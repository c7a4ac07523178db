package org.attache.core.model;

/** What kind of body acted: a government, a legislature, or someone outside the state. */
public enum ActorType implements JsonEnum {
    GOVERNMENT, LEGISLATURE, NON_GOVERNMENT;

    @Override
    public String json() {
        return JsonEnum.kebab(this);
    }
}
