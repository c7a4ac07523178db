package org.attache.core.model;

/** What a fact is: a policing capability, a case, background, or an event of the campaign. */
public enum FactKind implements JsonEnum {
    CAPABILITY, CASE, CONTEXT, EVENT;

    @Override
    public String json() {
        return JsonEnum.kebab(this);
    }
}
