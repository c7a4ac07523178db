package org.attache.core.pack;

import java.util.List;

/**
 * A setting a section offers, such as which measures the growth section charts. {@code choices} lists the
 * allowed values for a single choice; an empty list means the value is a comma-separated list of dataset ids.
 */
public record SectionOption(String key, String label, String defaultValue, List<String> choices) {
    public SectionOption {
        choices = List.copyOf(choices);
    }

    public boolean isChoice() {
        return !choices.isEmpty();
    }

    public boolean allows(String value) {
        return !isChoice() || choices.contains(value);
    }
}
