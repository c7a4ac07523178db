package org.attache.core.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.attache.core.analysis.PackUniverse;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.model.Region;

/**
 * Which countries a batch makes packs for: all INTERPOL members that may get one ({@link PackUniverse}), those of
 * one region, the diplomatic allies, or a list of codes or names ("LV", "Lithuania"; where a country that never
 * gets a pack fails with its reason).
 */
public record CountrySelection(Kind kind, Region region, List<String> codes) {
    public enum Kind { ALL, REGION, ALLIES, LIST }

    public CountrySelection {
        codes = codes == null ? List.of() : codes.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
        if (kind == Kind.REGION && region == null) throw new IllegalArgumentException("a region selection needs a region");
    }

    public static CountrySelection all() { return new CountrySelection(Kind.ALL, null, List.of()); }
    public static CountrySelection region(Region region) { return new CountrySelection(Kind.REGION, region, List.of()); }
    public static CountrySelection allies() { return new CountrySelection(Kind.ALLIES, null, List.of()); }
    public static CountrySelection of(List<String> codes) { return new CountrySelection(Kind.LIST, null, codes); }

    /**
     * A list as typed: entries separated by commas, semicolons or new lines, each a code or a name ("United States");
     * an entry that is neither is split at its spaces, so "LV LT EE" is three codes. What matches nothing is kept, to
     * be reported by {@link #unknownCodes}.
     */
    public static CountrySelection typed(String text, Dataset dataset) {
        List<String> entries = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[,;\\n]+")) {
            String entry = part.strip();
            if (entry.isEmpty()) continue;
            if (find(dataset, entry).isPresent() || !entry.contains(" ")) entries.add(entry);
            else for (String token : entry.split("\\s+")) entries.add(token);
        }
        return of(entries);
    }

    /** The country an entry names: by code, else by its name, in any case. */
    private static java.util.Optional<Country> find(Dataset dataset, String entry) {
        String wanted = entry.strip();
        java.util.Optional<Country> byCode = dataset.country(wanted.toUpperCase(Locale.ROOT));
        if (byCode.isPresent()) return byCode;
        return dataset.countries().stream().filter(c -> c.name().equalsIgnoreCase(wanted)).findFirst();
    }

    /** The selected countries: by name for the groups, in the given order for a list. */
    public List<Country> countries(Dataset dataset) {
        if (kind == Kind.LIST) {
            List<Country> chosen = new ArrayList<>();
            for (String code : codes) find(dataset, code).filter(c -> !chosen.contains(c)).ifPresent(chosen::add);
            return chosen;
        }
        return dataset.countries().stream()
                .filter(c -> PackUniverse.inAll(dataset, c))
                .filter(c -> kind == Kind.ALL || (kind == Kind.REGION && c.region() == region)
                        || (kind == Kind.ALLIES && c.isCurrentAlly()))
                .sorted(Comparator.comparing(Country::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Codes of a list selection that the dataset does not have. */
    public List<String> unknownCodes(Dataset dataset) {
        return codes.stream().filter(c -> find(dataset, c).isEmpty()).toList();
    }

    /** "all countries", "Europe", "diplomatic allies", "LV, LT, EE". */
    public String describe() {
        return switch (kind) {
            case ALL -> "all INTERPOL member countries";
            case REGION -> region.label();
            case ALLIES -> "diplomatic allies";
            case LIST -> String.join(", ", codes);
        };
    }
}
