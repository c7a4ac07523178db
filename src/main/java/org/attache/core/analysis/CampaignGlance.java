package org.attache.core.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attache.core.model.Assembly;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;

/**
 * The campaign at a glance, for the app's home screen: the next General Assembly, the headline series' latest
 * values (the first {@value #HEADLINES} measures the dataset lists, each under its own definition), and Taiwan's
 * diplomatic allies.
 */
public record CampaignGlance(Optional<Assembly> next, List<Latest> latest, List<Country> allies) {

    /**
     * A series' latest value: "70+ countries of supporters", at which Assembly, and whose count it is; the measure by
     * its id too, for its words in another language.
     */
    public record Latest(String measureId, String measure, String value, String unit, Assembly assembly, String reportedBy,
                         boolean qualified) {
    }

    public static final int HEADLINES = 3;

    public static CampaignGlance of(Dataset dataset, LocalDate today) {
        List<Latest> latest = SupportSeries.worldwide(dataset).stream().limit(HEADLINES)
                .map(s -> s.values().stream().reduce((a, b) -> b).map(p -> new Latest(s.measure().id(), s.measure().label(),
                        p.displayValue(), s.measure().unit(), p.assembly(), p.tally().reportedBy(),
                        !CountingRule.STANDARD.firm(p.tally().evidence()))))
                .flatMap(Optional::stream)
                .toList();
        List<Country> allies = dataset.countries().stream().filter(Country::isCurrentAlly).toList();
        return new CampaignGlance(nextAssembly(dataset, today), latest, allies);
    }

    /**
     * The first General Assembly to be held after {@code day}: one whose start date is later, or, when its dates
     * are not known, one of this year or later.
     */
    public static Optional<Assembly> nextAssembly(Dataset dataset, LocalDate day) {
        return dataset.assemblies().stream()
                .filter(a -> a.held() && (a.startDate() != null && a.startDate().isComplete()
                        ? LocalDate.of(a.startDate().year(), a.startDate().month(), a.startDate().day()).isAfter(day) : a.year() >= day.getYear()))
                .findFirst();
    }
}
