package org.attache.core.model;

/** What sort of non-country actor an organisation is. */
public enum OrganisationKind implements JsonEnum {
    INTERGOVERNMENTAL, SUPRANATIONAL, POLITY, THINK_TANK, OTHER;

    @Override
    public String json() {
        return JsonEnum.kebab(this);
    }
}
