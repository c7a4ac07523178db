package org.attache.app.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.attache.Fixtures;
import org.attache.app.common.DirectTasks;
import org.attache.app.common.TaskRunner;
import org.attache.core.data.DatasetWriter;
import org.attache.core.edit.DatasetDiff;
import org.attache.core.edit.DiffEntry;
import org.attache.core.edit.DiffReport;
import org.attache.core.edit.DiffGroup;
import org.attache.core.edit.DiffGrouping;
import org.attache.core.edit.Edit;
import org.attache.core.edit.EditableDataset;
import org.attache.core.edit.RecordKind;
import org.attache.core.export.DatasetFile;
import org.attache.core.model.ActionKind;
import org.attache.core.model.Assembly;
import org.attache.core.model.Dataset;
import org.attache.core.model.Fact;
import org.attache.core.model.Figure;
import org.attache.core.model.SupportAction;
import org.attache.core.model.Tally;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comparing the open dataset with another version: its groups, its lines, the swap, and a file that is no dataset. */
class ComparisonViewModelTest {
    private static final DatasetFile OPEN = DatasetFile.bundled();
    private static final Dataset BASE = OPEN.dataset();
    private static final Assembly LATEST = BASE.assemblies().stream().filter(Assembly::held).reduce((a, b) -> b).orElseThrow();
    private static final Fact FACT = BASE.facts().stream().filter(f -> f.figure() != null && f.countries().isEmpty()
            && f.assembly() == null && f.figure().value() == Math.rint(f.figure().value())).findFirst().orElseThrow();
    private static final Tally TALLY = BASE.tallies().stream().filter(t -> t.countries().isEmpty()).findFirst().orElseThrow();

    @TempDir
    Path dir;
    private Path newer;

    /** Latvia spoke at the latest assembly, a fact's figure went up by 2, a tally went. */
    @BeforeEach
    void newerVersion() throws IOException {
        EditableDataset editing = new EditableDataset(BASE);
        SupportAction template = BASE.actions().get(0);
        assertEquals(List.of(), editing.perform(Edit.add(RecordKind.ACTIONS, new SupportAction("act-lv-latest", "LV", null,
                LATEST.id(), null, "Minister", null, template.actorType(), ActionKind.EXECUTIVE_STATEMENT, "Spoke.", null,
                template.evidence(), null, template.sources()))));
        assertEquals(List.of(), editing.perform(Edit.change(RecordKind.FACTS, FACT, new Fact(FACT.id(), FACT.kind(),
                FACT.category(), FACT.title(), FACT.statement(), new Figure(FACT.figure().value() + 2, FACT.figure().unit(),
                FACT.figure().lowerBound()), FACT.date(), FACT.assembly(), FACT.countries(), FACT.regions(),
                FACT.evidence(), FACT.note(), FACT.sources()))));
        assertEquals(List.of(), editing.perform(Edit.remove(editing.current(), RecordKind.TALLIES, TALLY)));
        newer = Files.write(dir.resolve("campaign-2027.json"), DatasetWriter.toBytes(editing.current()));
    }

    private List<String> names(ComparisonViewModel model) {
        return model.groups().stream().map(model::groupName).toList();
    }

    @Test
    void theChosenFileIsTheNewerVersionAndEachRecordIsUnderItsCountry() {
        ComparisonViewModel model = new ComparisonViewModel(DirectTasks.DIRECT, OPEN);
        model.compareWith(newer);

        assertEquals("From campaign.json (bundled) to campaign-2027.json", model.headingProperty().get());
        assertEquals("1 added, 1 changed, 1 removed", model.summaryProperty().get());
        assertEquals("", model.messageProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals(List.of("Latvia (LV)", "General"), names(model));
        assertEquals("+ support action act-lv-latest  Latvia: executive statement at the "
                + Assembly.ordinal(LATEST.session()) + " General Assembly",
                ComparisonViewModel.entryText(model.groups().get(0).entries().get(0)));
        DiffEntry fact = model.groups().get(1).entries().stream().filter(e -> e.id().equals(FACT.id())).findFirst().orElseThrow();
        long before = (long) FACT.figure().value();
        assertEquals(List.of("figure.value: " + before + " \u2192 " + (before + 2)),
                fact.difference().fields().stream().map(ComparisonViewModel::fieldText).toList());
    }

    @Test
    void byAssemblyTheGroupsAreAssembliesInYearOrderWithNoAssemblyLast() {
        ComparisonViewModel model = new ComparisonViewModel(DirectTasks.DIRECT, OPEN);
        model.compareWith(newer);
        model.groupingProperty().set(DiffGrouping.ASSEMBLY);

        assertEquals(List.of(BASE.assembly(TALLY.assembly()).orElseThrow().label(), LATEST.label(), "No assembly"),
                names(model));
    }

    @Test
    void swappingMakesTheOpenDatasetTheNewerVersion() {
        ComparisonViewModel model = new ComparisonViewModel(DirectTasks.DIRECT, OPEN);
        model.compareWith(newer);
        model.swap();

        assertEquals("From campaign-2027.json to campaign.json (bundled)", model.headingProperty().get());
        assertEquals("1 added, 1 changed, 1 removed", model.summaryProperty().get());
        DiffEntry latvia = model.groups().get(0).entries().get(0);
        assertEquals(DatasetDiff.Status.REMOVED, latvia.status());
        assertTrue(ComparisonViewModel.entryText(latvia).startsWith("\u2212 support action act-lv-latest"));
        DiffEntry tally = model.groups().get(1).entries().get(0);
        assertEquals(TALLY.id() + " " + DatasetDiff.Status.ADDED, tally.id() + " " + tally.status());
    }

    @Test
    void aComparisonAlreadyMadeIsShownFromTheOlderVersionToTheOpenOneAndCanBeSwapped() {
        DatasetFile opened = new DatasetFile("campaign-2027.json", "0", DatasetFile.reader().read(newer));
        ComparisonViewModel model = new ComparisonViewModel(DirectTasks.DIRECT, opened);
        model.showFrom("campaign-2027.json as opened Nov 12, 2026", DiffReport.between(BASE, opened.dataset()));

        assertEquals("From campaign-2027.json as opened Nov 12, 2026 to campaign-2027.json", model.headingProperty().get());
        assertEquals("1 added, 1 changed, 1 removed", model.summaryProperty().get());
        assertEquals(DatasetDiff.Status.ADDED, model.groups().get(0).entries().get(0).status());
        model.swap();
        assertEquals("From campaign-2027.json to campaign-2027.json as opened Nov 12, 2026", model.headingProperty().get());
        assertEquals(DatasetDiff.Status.REMOVED, model.groups().get(0).entries().get(0).status());
    }

    @Test
    void theSameVersionDiffersInNothing() {
        ComparisonViewModel model = new ComparisonViewModel(DirectTasks.DIRECT, OPEN);
        model.compareWith(Fixtures.bundledDataset());

        assertEquals(List.of(), model.groups());
        assertEquals("0 added, 0 changed, 0 removed", model.summaryProperty().get());
        assertEquals("No record differs.", model.messageProperty().get());
    }

    @Test
    void aFileThatIsNoValidDatasetIsToldWithItsErrorsInPlaceAndListsNothing() {
        ComparisonViewModel model = new ComparisonViewModel(DirectTasks.DIRECT, OPEN);
        model.compareWith(newer);
        model.compareWith(Fixtures.path("broken/unknown-source.json"));

        assertEquals(List.of(), model.groups(), "what an earlier file showed is gone");
        assertEquals("unknown-source.json cannot be compared", model.headingProperty().get());
        String message = model.messageProperty().get();
        assertTrue(message.startsWith("unknown-source.json is not a valid dataset: 1 error(s).\n"), message);
        assertTrue(message.matches("(?s).*unknown-source\\.json:\\d+:\\d+ at \\$\\.actions\\[0]\\.sources\\[0]: error: .*"),
                message);
        assertEquals("", model.summaryProperty().get());
    }

    @Test
    void theFileIsReadAndComparedThroughTheTaskRunnerNotOnTheCallersThread() {
        List<Runnable> queued = new ArrayList<>();
        TaskRunner later = new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                queued.add(() -> TaskRunner.DIRECT.run(work, onSuccess, onFailure));
            }
        };
        ComparisonViewModel model = new ComparisonViewModel(later, OPEN);
        model.compareWith(newer);

        assertTrue(model.busyProperty().get());
        assertEquals("Reading campaign-2027.json\u2026", model.headingProperty().get());
        assertEquals(List.of(), model.groups());
        while (!queued.isEmpty()) queued.remove(0).run();
        assertFalse(model.busyProperty().get());
        assertEquals(2, model.groups().size());
    }

    @Test
    void aGroupIsShownInTheGroupingChosen() {
        ComparisonViewModel model = new ComparisonViewModel(DirectTasks.DIRECT, OPEN);
        model.compareWith(newer);
        DiffGroup general = model.groups().get(1);
        assertEquals("General", model.groupName(general));
        model.groupingProperty().set(DiffGrouping.ASSEMBLY);
        assertEquals("No assembly", model.groupName(model.groups().get(model.groups().size() - 1)));
    }
}
