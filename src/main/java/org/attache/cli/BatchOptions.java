package org.attache.cli;

import java.util.List;
import java.util.Locale;
import org.attache.core.export.CountrySelection;
import org.attache.core.model.JsonEnum;
import org.attache.core.model.Region;
import picocli.CommandLine.Option;

/** Which countries a batch export makes a pack for: {@code --all}, {@code --region}, {@code --allies} or {@code --countries}. */
final class BatchOptions {
    @Option(names = "--all", description = "every INTERPOL member country but the PRC")
    boolean all;

    @Option(names = "--region", paramLabel = "REGION", description = "the countries of a region: Africa, Americas, Asia, "
            + "Europe, Oceania")
    String region;

    @Option(names = "--allies", description = "Taiwan's diplomatic allies")
    boolean allies;

    @Option(names = "--countries", paramLabel = "LV,LT,EE", description = "the countries with these codes")
    String countries;

    @Option(names = "--skip-existing", description = "make only the files not already in the folder")
    boolean skipExisting;

    /** The selection, or null for none. */
    CountrySelection selection() throws UsageException {
        int chosen = (all ? 1 : 0) + (region != null ? 1 : 0) + (allies ? 1 : 0) + (countries != null ? 1 : 0);
        if (chosen > 1) throw new UsageException("choose one of --all, --region, --allies and --countries");
        if (all) return CountrySelection.all();
        if (allies) return CountrySelection.allies();
        if (countries != null) return CountrySelection.of(List.of(countries.split(",")));
        if (region != null) return CountrySelection.region(region(region));
        return null;
    }

    private static Region region(String value) throws UsageException {
        Region region = JsonEnum.fromJson(Region.class, value.isEmpty() ? value
                : Character.toUpperCase(value.charAt(0)) + value.substring(1).toLowerCase(Locale.ROOT));
        if (region == null) throw new UsageException("--region is \"" + value + "\"; expected " + JsonEnum.allowed(Region.class));
        return region;
    }
}
