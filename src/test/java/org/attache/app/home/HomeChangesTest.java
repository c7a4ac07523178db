package org.attache.app.home;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.attache.app.common.Settings;
import org.attache.app.common.TaskRunner;
import org.attache.app.common.UiLanguage;
import org.attache.app.common.UiText;
import org.attache.core.data.BundledDataset;
import org.attache.core.data.DatasetWriter;
import org.attache.core.edit.Edit;
import org.attache.core.edit.EditableDataset;
import org.attache.core.edit.RecordKind;
import org.attache.core.edit.SeenVersions;
import org.attache.core.export.DatasetFile;
import org.attache.core.model.Dataset;
import org.attache.core.model.Fact;
import org.attache.core.model.SupportAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The home screen says, record by record, what changed in a dataset file since the user last opened it. */
class HomeChangesTest {
    private static final Dataset BASE = BundledDataset.load().dataset();
    private static final String SINCE = "Since you last opened campaign.json (Nov 12, 2026): ";

    @TempDir
    Path dir;
    private Path file;
    private HomeViewModel model;

    @BeforeEach
    void model() {
        file = dir.resolve("campaign.json");
        Clock opened = Clock.fixed(Instant.parse("2026-11-12T10:00:00Z"), ZoneOffset.UTC);
        model = new HomeViewModel(Settings.inMemory(), TaskRunner.DIRECT,
                new SeenVersions(dir.resolve("seen"), 10, opened), ZoneOffset.UTC);
    }

    @AfterEach
    void english() {
        UiText.use(UiLanguage.ENGLISH);
    }

    private void open(Dataset version) throws IOException {
        Files.write(file, DatasetWriter.toBytes(version));
        model.opened(DatasetFile.open(file), file);
    }

    /** The base with an action added for each country, each a copy of the first action with an id of its own. */
    private static EditableDataset withActionsFor(String... countries) {
        EditableDataset editing = new EditableDataset(BASE);
        SupportAction template = BASE.actions().stream().filter(a -> a.country() != null).findFirst().orElseThrow();
        for (String code : countries) {
            SupportAction added = new SupportAction("act-new-" + code.toLowerCase(), code, null, template.assembly(),
                    template.date(), template.actor(), template.actorRole(), template.actorType(), template.kind(),
                    template.summary(), template.quote(), template.evidence(), template.note(), template.sources());
            assertEquals(List.of(), editing.perform(Edit.add(RecordKind.ACTIONS, added)), code);
        }
        return editing;
    }

    @Test
    void theFirstOpeningOfAFileHasNothingToCompareWith() throws IOException {
        open(BASE);
        assertEquals("", model.changesProperty().get());
        assertNull(model.comparisonProperty().get());
    }

    @Test
    void theSameVersionOpenedAgainIsSaidToHaveNoChange() throws IOException {
        open(BASE);
        open(BASE);
        assertEquals("No change since you last opened campaign.json.", model.changesProperty().get());
        assertNull(model.comparisonProperty().get(), "nothing to show");
    }

    @Test
    void recordsAddedChangedAndWithdrawnForOneCountryAreCountedAndNamed() throws IOException {
        open(BASE);
        EditableDataset editing = withActionsFor("LV");
        List<Fact> general = BASE.facts().stream().filter(f -> f.countries().isEmpty()).limit(2).toList();
        for (Fact f : general) {
            Fact revised = new Fact(f.id(), f.kind(), f.category(), f.title() + " (revised)", f.statement(), f.figure(),
                    f.date(), f.assembly(), f.countries(), f.regions(), f.evidence(), f.note(), f.sources());
            assertEquals(List.of(), editing.perform(Edit.change(RecordKind.FACTS, f, revised)));
        }
        SupportAction latvian = BASE.actions().stream().filter(a -> "LV".equals(a.country())).findFirst().orElseThrow();
        assertEquals(List.of(), editing.perform(Edit.remove(editing.current(), RecordKind.ACTIONS, latvian)));
        open(editing.current());

        assertEquals(SINCE + "1 new support action for Latvia; 2 changed facts; 1 support action withdrawn for Latvia.",
                model.changesProperty().get());
        HomeViewModel.Changes changes = model.comparisonProperty().get();
        assertEquals("1 added, 2 changed, 1 removed", changes.report().summary());
        assertEquals("campaign.json as opened Nov 12, 2026", changes.olderName());
        assertEquals(editing.current(), changes.report().diff().after());
    }

    @Test
    void threeCountriesAreNamedInOrder() throws IOException {
        open(BASE);
        open(withActionsFor("LV", "LT", "JP").current());
        assertEquals(SINCE + "3 new support actions for Japan, Latvia and Lithuania.", model.changesProperty().get());
    }

    @Test
    void beyondThreeCountriesTheOthersAreCounted() throws IOException {
        open(BASE);
        open(withActionsFor("LV", "LT", "JP", "EE").current());
        assertEquals(SINCE + "4 new support actions for Estonia, Japan, Latvia and 1 other country.",
                model.changesProperty().get());
        open(withActionsFor("LV", "LT", "JP", "EE", "FI").current());
        assertEquals(SINCE + "1 new support action for Finland.", model.changesProperty().get(),
                "compared with the version opened just before");
        open(BASE);
        open(withActionsFor("LV", "LT", "JP", "EE", "FI").current());
        assertEquals(SINCE + "5 new support actions for Estonia, Finland, Japan and 2 other countries.",
                model.changesProperty().get());
    }

    @Test
    void theChangesAreToldInChineseWithTheDatasetsNamesOfCountries() throws IOException {
        UiText.use(UiLanguage.TRADITIONAL_CHINESE);
        open(BASE);
        open(withActionsFor("LV").current());
        assertEquals("自您上次開啟 campaign.json（2026年11月12日）以來：新增1項支持行動（拉脫維亞）。",
                model.changesProperty().get());
        open(withActionsFor("LV", "LT", "JP", "EE", "FI").current());
        String line = model.changesProperty().get();
        assertTrue(line.startsWith("自您上次開啟 campaign.json（2026年11月12日）以來：新增4項支持行動（"), line);
        assertTrue(line.endsWith("及其他1國）。"), line);
        assertFalse(line.contains("Lithuania"), line);
    }

    @Test
    void aFileOpenedForTheFirstTimeAfterAnotherIsToldByCounts() throws IOException {
        open(BASE);
        Path other = dir.resolve("other.json");
        Files.write(other, DatasetWriter.toBytes(withActionsFor("LV").current()));
        model.opened(DatasetFile.open(other), other);
        String line = model.changesProperty().get();
        assertTrue(line.startsWith("Since the dataset you opened before (campaign.json): "), line);
        assertNull(model.comparisonProperty().get());
    }
}
