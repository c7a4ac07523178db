package org.attache.core.analysis;

import java.util.Optional;
import java.util.Set;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;

/**
 * Which countries get a briefing pack: INTERPOL's member countries other than the PRC. Taiwan, the PRC, Hong Kong
 * and Macao never get one, and say why when asked; other places that are not members (Antarctica, Åland, ...) are
 * left out of "all countries" but can still be chosen by name. A dataset that marks no member at all (an older
 * file) is taken to have every country a member, so nothing silently disappears.
 */
public final class PackUniverse {
    private static final Set<String> NEVER = Set.of("TW", "CN", "HK", "MO");

    private PackUniverse() {
    }

    /** Why no pack is made for the country even when it is asked for by name, or empty when one may be made. */
    public static Optional<String> refusal(Country country) {
        return Optional.ofNullable(switch (country.code()) {
            case "TW" -> "Taiwan is the subject of every pack, not a counterpart to brief on";
            case "CN" -> "the People's Republic of China opposes Taiwan's participation and holds the INTERPOL seat "
                    + "that Taiwan lost in 1984; packs brief meetings that seek support, so none is made for it";
            case "HK", "MO" -> country.name() + " is part of the People's Republic of China and has no INTERPOL "
                    + "membership of its own";
            default -> null;
        });
    }

    /** Every place a pack can be made for, by name: what a user chooses from when starting a pack. */
    public static java.util.List<Country> choosable(Dataset dataset) {
        return dataset.countries().stream().filter(c -> refusal(c).isEmpty())
                .sorted(java.util.Comparator.comparing(Country::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Whether the country is in "all countries": a member of INTERPOL that may get a pack. */
    public static boolean inAll(Dataset dataset, Country country) {
        if (NEVER.contains(country.code())) return false;
        return country.interpolMember() || dataset.countries().stream().noneMatch(Country::interpolMember);
    }
}
