package org.attache.app.home;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.attache.app.common.AppLog;
import org.attache.app.common.DataNames;
import org.attache.app.common.Settings;
import org.attache.app.common.TaskRunner;
import org.attache.app.common.UiText;
import org.attache.app.summary.SignatureText;
import org.attache.app.summary.SummaryViewModel;
import org.attache.core.analysis.CampaignGlance;
import org.attache.core.analysis.PackUniverse;
import org.attache.core.edit.DiffReport;
import org.attache.core.edit.SeenVersions;
import org.attache.core.export.DatasetFile;
import org.attache.core.model.Assembly;
import org.attache.core.model.Country;
import org.attache.core.model.PartialDate;
import org.attache.core.pack.DatasetFingerprint;

/**
 * The home screen's state: the campaign at a glance from the open dataset, who signed it, the countries a new pack
 * can be made for, and what changed in the dataset since it was last opened: record by record against the copy kept
 * of a file's version opened last (compared off the FX thread), else by the counts of records remembered in the
 * settings for the dataset opened before (the bundled one, whose older versions went with older apps).
 */
public final class HomeViewModel {
    static final String SEEN = "home.lastDataset";

    /** The version of a file opened last and the one opened now, for the comparison window. */
    public record Changes(String olderName, DiffReport report, DatasetFile newer) {
    }

    private final Settings settings;
    private final TaskRunner tasks;
    private final SeenVersions seen;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<Changes> comparison = new ReadOnlyObjectWrapper<>();
    private int opening;
    private final ReadOnlyObjectWrapper<CampaignGlance> glance = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(UiText.get("home.loading"));
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper changes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper signature = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper signatureWarns = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Country> countries = FXCollections.observableArrayList();

    /** Tells changes by the counts of records only. */
    public HomeViewModel(Settings settings) {
        this(settings, TaskRunner.DIRECT, null, ZoneId.systemDefault());
    }

    /** Tells changes record by record against the versions kept in {@code seen}, compared by {@code tasks}. */
    public HomeViewModel(Settings settings, TaskRunner tasks, SeenVersions seen, ZoneId zone) {
        this.settings = settings;
        this.tasks = tasks;
        this.seen = seen;
        this.zone = zone;
    }

    public ReadOnlyObjectProperty<CampaignGlance> glanceProperty() { return glance.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    /** "campaign.json (bundled) · updated Nov 23, 2026". */
    public ReadOnlyStringProperty sourceProperty() { return source.getReadOnlyProperty(); }
    /** What changed since the dataset was last opened, or that nothing did; empty the first time. */
    public ReadOnlyStringProperty changesProperty() { return changes.getReadOnlyProperty(); }
    /** The records that differ from the version of the file opened last, when some do; else null. */
    public ReadOnlyObjectProperty<Changes> comparisonProperty() { return comparison.getReadOnlyProperty(); }
    public ObservableList<Country> countries() { return countries; }
    /** Who signed the open dataset and when, that it is not signed or is the bundled one, or a warning. */
    public ReadOnlyStringProperty signatureProperty() { return signature.getReadOnlyProperty(); }
    /** Whether the signature line is a warning: the dataset was altered, or its signer cannot be checked. */
    public ReadOnlyBooleanProperty signatureWarnsProperty() { return signatureWarns.getReadOnlyProperty(); }

    /** A headline series' measure in the app's language, as its card heads it ("表達支持的國家"). */
    public String measureLabel(CampaignGlance.Latest latest) {
        return DataNames.measure(dataset, latest.measureId(), "label", latest.measure());
    }

    /** A headline series' unit in the app's language ("國"). */
    public String measureUnit(CampaignGlance.Latest latest) {
        return DataNames.measure(dataset, latest.measureId(), "unit", latest.unit());
    }

    /** The city an Assembly met in, in the app's language. */
    public String city(Assembly a) {
        return DataNames.city(dataset, a);
    }

    /** A country's name in the app's language. */
    public String countryName(Country c) {
        return DataNames.country(dataset, c);
    }

    /** A country as the new-pack chooser lists it, by its name in the app's language and in English. */
    public String countryChoice(Country c) {
        return DataNames.countryChoice(dataset, c);
    }

    private org.attache.core.model.Dataset dataset;

    public void setDataset(DatasetFile file, LocalDate today) {
        var d = file.dataset();
        dataset = d;
        glance.set(CampaignGlance.of(d, today));
        title.set(DataNames.title(d));
        source.set(d.updated() == null ? file.name() : UiText.get("home.source.updated", file.name(), date(d.updated())));
        signature.set(SignatureText.of(file.signature(), ZoneId.systemDefault()));
        signatureWarns.set(file.signature().warns());
        countries.setAll(PackUniverse.choosable(d));
    }

    /**
     * A dataset was read from {@code path} (null for the bundled one), not edited: says what changed since it was
     * last opened, and remembers this version for the next time.
     */
    public void opened(DatasetFile file, Path path) {
        int run = ++opening;
        comparison.set(null);
        Map<String, Integer> counts = new TreeMap<>(file.dataset().recordCounts());
        String byCounts = changesSince(settings.getList(SEEN), file, counts);
        List<String> remembered = new ArrayList<>(List.of(file.name(), file.sha256()));
        counts.forEach((k, v) -> remembered.add(k + "=" + v));
        settings.putList(SEEN, remembered, 64);
        if (path == null || seen == null || file.sha256() == null) {
            changes.set(byCounts);
            return;
        }
        changes.set("");
        tasks.run(() -> sinceLastOpened(file, path), since -> {
            if (run != opening) return; // another dataset was opened meanwhile
            if (since.isEmpty()) {
                changes.set(byCounts);
                return;
            }
            DiffReport report = since.get().report();
            changes.set(ChangesText.of(file.name(), since.get().lastOpened(), report, zone));
            if (!report.isEmpty()) {
                comparison.set(new Changes(UiText.get("home.changes.keptName", file.name(),
                        ChangesText.opened(since.get().lastOpened(), zone)), report, file));
            }
        }, failure -> {
            AppLog.logger(HomeViewModel.class).log(Level.WARNING, "could not compare with the version opened last", failure);
            if (run == opening) changes.set(byCounts);
        });
    }

    /** Off the FX thread: the file's bytes, if they are still those read, against the copy kept, which they replace. */
    private Optional<SeenVersions.Since> sinceLastOpened(DatasetFile file, Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        if (!file.sha256().equals(DatasetFingerprint.sha256(new ByteArrayInputStream(bytes)))) {
            return Optional.empty(); // changed on disk since it was read: what was read is not what would be kept
        }
        return seen.compareAndKeep(path, bytes, file.dataset());
    }

    /** "Since the dataset you opened before (campaign.json): actions 107 → 129, sources 48 → 61." */
    static String changesSince(List<String> seen, DatasetFile file, Map<String, Integer> counts) {
        if (seen.size() < 2) return "";
        if (seen.get(1).equals(file.sha256())) return UiText.get("home.changes.none", file.name());
        Map<String, Integer> before = new TreeMap<>();
        for (String kv : seen.subList(2, seen.size())) {
            int eq = kv.lastIndexOf('=');
            if (eq > 0) before.put(kv.substring(0, eq), Integer.parseInt(kv.substring(eq + 1)));
        }
        String what = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Integer was = before.get(e.getKey());
            if (was == null || was.intValue() == e.getValue()) continue;
            String moved = UiText.get("home.changes.moved", SummaryViewModel.recordsWord(e.getKey()), String.valueOf(was),
                    String.valueOf(e.getValue()));
            what = what == null ? moved : UiText.get("home.changes.join", what, moved);
        }
        return UiText.get("home.changes.since", seen.get(0), what == null ? UiText.get("home.changes.sameCounts") : what);
    }

    /** A date of the dataset as the app writes dates ("Nov 23, 2026"); one with no day or month as the file has it. */
    static String date(PartialDate date) {
        return date.isComplete() ? UiText.date(LocalDate.of(date.year(), date.month(), date.day()))
                : date.toString();
    }
}
