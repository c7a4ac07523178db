package org.attache.app.home;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.attache.app.common.Settings;
import org.attache.core.analysis.CampaignGlance;
import org.attache.core.analysis.PackUniverse;
import org.attache.core.export.DatasetFile;
import org.attache.core.model.Country;

/**
 * The home screen's state: the campaign at a glance from the open dataset, the countries a new pack can be made
 * for, and what changed in the dataset since the one opened before it (remembered in the settings).
 */
public final class HomeViewModel {
    static final String SEEN = "home.lastDataset";

    private final Settings settings;
    private final ReadOnlyObjectWrapper<CampaignGlance> glance = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Loading the dataset\u2026");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper changes = new ReadOnlyStringWrapper("");
    private final ObservableList<Country> countries = FXCollections.observableArrayList();

    public HomeViewModel(Settings settings) {
        this.settings = settings;
    }

    public ReadOnlyObjectProperty<CampaignGlance> glanceProperty() { return glance.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    /** "campaign.json (bundled) · updated 2026-11-23". */
    public ReadOnlyStringProperty sourceProperty() { return source.getReadOnlyProperty(); }
    /** What changed since the dataset opened before this one, or that nothing did; empty the first time. */
    public ReadOnlyStringProperty changesProperty() { return changes.getReadOnlyProperty(); }
    public ObservableList<Country> countries() { return countries; }

    public void setDataset(DatasetFile file, LocalDate today) {
        var d = file.dataset();
        glance.set(CampaignGlance.of(d, today));
        title.set(d.title());
        source.set(file.name() + (d.updated() == null ? "" : " \u00b7 updated " + d.updated()));
        countries.setAll(PackUniverse.choosable(d));
        Map<String, Integer> counts = new TreeMap<>(d.recordCounts());
        changes.set(changesSince(settings.getList(SEEN), file, counts));
        List<String> seen = new ArrayList<>(List.of(file.name(), file.sha256()));
        counts.forEach((k, v) -> seen.add(k + "=" + v));
        settings.putList(SEEN, seen, 64);
    }

    /** "Since the dataset you opened before (campaign.json): actions 107 → 129, sources 48 → 61." */
    static String changesSince(List<String> seen, DatasetFile file, Map<String, Integer> counts) {
        if (seen.size() < 2) return "";
        if (seen.get(1).equals(file.sha256())) return "No change since you last opened " + file.name() + ".";
        Map<String, Integer> before = new TreeMap<>();
        for (String kv : seen.subList(2, seen.size())) {
            int eq = kv.lastIndexOf('=');
            if (eq > 0) before.put(kv.substring(0, eq), Integer.parseInt(kv.substring(eq + 1)));
        }
        List<String> moved = new ArrayList<>();
        counts.forEach((kind, n) -> {
            Integer was = before.get(kind);
            if (was != null && was.intValue() != n) moved.add(kind + " " + was + " \u2192 " + n);
        });
        String what = moved.isEmpty() ? "the same number of records of each kind, with some changed"
                : String.join(", ", moved);
        return "Since the dataset you opened before (" + seen.get(0) + "): " + what + ".";
    }
}
