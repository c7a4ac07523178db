package org.attache.core.search;

import java.util.List;
import java.util.Map;

/**
 * Other names people type for a country, by its code: "USA", "UK", "Turkey" for Türkiye, "Holland". Names in
 * common use only, none of them a claim about the country; search finds the country by any of them.
 */
final class CountryAliases {
    private static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("US", List.of("USA", "U.S.", "U.S.A.", "America", "United States of America")),
            Map.entry("GB", List.of("UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales",
                    "Northern Ireland")),
            Map.entry("TR", List.of("Turkey")),
            Map.entry("NL", List.of("Holland", "The Netherlands")),
            Map.entry("CZ", List.of("Czech Republic")),
            Map.entry("CI", List.of("Ivory Coast")),
            Map.entry("SZ", List.of("Swaziland")),
            Map.entry("MM", List.of("Burma")),
            Map.entry("KR", List.of("Korea", "Republic of Korea", "ROK")),
            Map.entry("KP", List.of("DPRK")),
            Map.entry("CV", List.of("Cape Verde")),
            Map.entry("MK", List.of("Macedonia")),
            Map.entry("VA", List.of("Vatican", "Vatican City")),
            Map.entry("CD", List.of("Democratic Republic of the Congo", "DRC")),
            Map.entry("CG", List.of("Republic of the Congo", "Congo-Brazzaville")),
            Map.entry("TL", List.of("East Timor")),
            Map.entry("FM", List.of("Federated States of Micronesia")),
            Map.entry("BN", List.of("Brunei Darussalam")),
            Map.entry("RU", List.of("Russian Federation")),
            Map.entry("VN", List.of("Viet Nam")),
            Map.entry("LA", List.of("Lao PDR")),
            Map.entry("AE", List.of("UAE", "Emirates")),
            Map.entry("DE", List.of("Deutschland")),
            Map.entry("CH", List.of("Swiss")));

    private CountryAliases() {
    }

    static List<String> of(String code) {
        return ALIASES.getOrDefault(code, List.of());
    }
}
