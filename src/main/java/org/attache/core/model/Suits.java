package org.attache.core.model;

import java.util.List;

/** Which countries a talking point suits: all of them, named ones, regions, or diplomatic allies. */
public record Suits(boolean all, List<String> countries, List<Region> regions, boolean allies) {
    public Suits {
        countries = Lists.copy(countries);
        regions = Lists.copy(regions);
    }

    public static final Suits ALL = new Suits(true, List.of(), List.of(), false);

    public boolean suits(Country country) {
        return all || countries.contains(country.code()) || regions.contains(country.region())
                || (allies && country.isCurrentAlly());
    }
}
