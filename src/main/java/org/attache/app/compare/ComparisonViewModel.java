package org.attache.app.compare;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.attache.app.common.DataNames;
import org.attache.app.common.TaskRunner;
import org.attache.app.common.UiText;
import org.attache.app.editing.RecordFormViewModel;
import org.attache.core.data.DatasetLoad;
import org.attache.core.data.Problem;
import org.attache.core.edit.DatasetDiff;
import org.attache.core.edit.DiffEntry;
import org.attache.core.edit.DiffGroup;
import org.attache.core.edit.DiffGrouping;
import org.attache.core.edit.DiffReport;
import org.attache.core.export.DatasetFile;
import org.attache.core.model.Dataset;

/**
 * The open dataset compared with another version of it, chosen as a file: what was added, changed (field by field)
 * and removed, grouped by country or by assembly. The open dataset is the older version until the user swaps them.
 * The file is read and compared off the FX thread.
 */
public final class ComparisonViewModel {
    /** How many of a file's errors are told before "…". */
    static final int ERRORS_SHOWN = 5;

    private final TaskRunner tasks;
    private final DatasetFile open;
    private final ObjectProperty<DiffGrouping> grouping = new SimpleObjectProperty<>(DiffGrouping.COUNTRY);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<DiffGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<DiffGroup> shownGroups = FXCollections.unmodifiableObservableList(groups);

    private String otherName;
    private Dataset other;
    private boolean openIsOlder = true;
    private DiffReport report;

    public ComparisonViewModel(TaskRunner tasks, DatasetFile open) {
        this.tasks = tasks;
        this.open = open;
        grouping.addListener((o, was, now) -> regroup());
    }

    public ObjectProperty<DiffGrouping> groupingProperty() { return grouping; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** "From campaign.json (bundled) to campaign-2027.json". */
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    /** "3 added, 2 changed, 1 removed". */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** Why nothing is listed: the other file is no valid dataset, or no record differs. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** The groups of the report in the order the core gives them. */
    public ObservableList<DiffGroup> groups() { return shownGroups; }

    /** Reads {@code file} and compares it with the open dataset, as its newer version. */
    public void compareWith(Path file) {
        String name = String.valueOf(file.getFileName());
        busy.set(true);
        heading.set(UiText.get("compare.reading", name));
        tasks.run(() -> DatasetFile.reader().read(file), load -> read(name, load), failure -> failed(name, failure));
    }

    /**
     * Shows a comparison already made from an older version, named {@code olderName}, to the open dataset (the
     * report's newer version).
     */
    public void showFrom(String olderName, DiffReport compared) {
        otherName = olderName;
        other = compared.diff().before();
        openIsOlder = false;
        show(compared);
    }

    /** Makes the older version the newer and the other way round. */
    public void swap() {
        if (other == null || busy.get()) return;
        openIsOlder = !openIsOlder;
        compare();
    }

    private void read(String name, DatasetLoad load) {
        if (!load.isValid()) {
            busy.set(false);
            heading.set(UiText.get("compare.invalid.heading", name));
            report = null;
            groups.clear();
            summary.set("");
            message.set(invalid(name, load));
            return;
        }
        otherName = name;
        other = load.dataset();
        openIsOlder = true;
        compare();
    }

    private void compare() {
        Dataset older = openIsOlder ? open.dataset() : other;
        Dataset newer = openIsOlder ? other : open.dataset();
        busy.set(true);
        tasks.run(() -> DiffReport.between(older, newer), this::show, failure -> failed(otherName, failure));
    }

    private void show(DiffReport compared) {
        busy.set(false);
        report = compared;
        heading.set(openIsOlder ? UiText.get("compare.heading", open.name(), otherName)
                : UiText.get("compare.heading", otherName, open.name()));
        summary.set(UiText.get("compare.summary", String.valueOf(compared.count(DatasetDiff.Status.ADDED)),
                String.valueOf(compared.count(DatasetDiff.Status.CHANGED)),
                String.valueOf(compared.count(DatasetDiff.Status.REMOVED))));
        message.set(compared.isEmpty() ? UiText.get("compare.none") : "");
        regroup();
    }

    private void failed(String name, Throwable failure) {
        busy.set(false);
        message.set(UiText.get("compare.failed", name, String.valueOf(failure.getMessage())));
    }

    private void regroup() {
        if (report == null) return;
        groups.setAll(report.groups(grouping.get()));
    }

    private static String invalid(String name, DatasetLoad load) {
        List<Problem> errors = load.problems().stream().filter(Problem::isError).toList();
        StringBuilder text = new StringBuilder(UiText.get("compare.invalid", name, String.valueOf(errors.size())));
        for (Problem p : errors.subList(0, Math.min(ERRORS_SHOWN, errors.size()))) text.append("\n").append(p);
        if (errors.size() > ERRORS_SHOWN) text.append("\n\u2026");
        return text.toString();
    }

    /** A group's heading: "Latvia (LV)" (in the dataset's Chinese when the app speaks it), an assembly, "General". */
    public String groupName(DiffGroup group) {
        if (group.isRest()) {
            return grouping.get() == DiffGrouping.COUNTRY ? UiText.get("compare.group.general")
                    : UiText.get("compare.group.noAssembly");
        }
        if (grouping.get() == DiffGrouping.ASSEMBLY) return group.name();
        Dataset newer = report.diff().after();
        Dataset named = newer.country(group.key()).isPresent() ? newer : report.diff().before();
        String name = named.country(group.key()).map(c -> DataNames.country(named, c)).orElse(group.name());
        return UiText.get("compare.group.country", name, group.key());
    }

    /** "+ support action act-2027-lv  Latvia: executive statement at the 94th General Assembly". */
    public static String entryText(DiffEntry entry) {
        String mark = switch (entry.status()) {
            case ADDED -> "+";
            case CHANGED -> "~";
            case REMOVED -> "\u2212";
        };
        return UiText.get("compare.entry", mark, RecordFormViewModel.noun(entry.kind()), entry.id(), entry.description());
    }

    /** "figure.value: 7 → 9", "(none)" for a field with no value. */
    public static String fieldText(DatasetDiff.FieldChange field) {
        return UiText.get("compare.field", field.field(), valueText(field.before()), valueText(field.after()));
    }

    private static String valueText(String value) {
        return value.isEmpty() ? UiText.get("compare.empty") : value;
    }
}
