package org.attache.app.summary;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.attache.Fixtures;
import org.attache.app.common.Settings;
import org.attache.app.common.TaskRunner;
import org.attache.core.export.DatasetFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryViewModelTest {
    private static final TaskRunner DIRECT = org.attache.app.common.DirectTasks.DIRECT;

    @TempDir
    Path dir;

    private final Settings settings = Settings.inMemory();
    private final List<DatasetFile> opened = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();

    private SummaryViewModel model() {
        SummaryViewModel m = new SummaryViewModel(DIRECT, settings);
        m.setOnOpened(opened::add);
        m.setOnUnreadable(unreadable::add);
        return m;
    }

    private Path copyOfFixture(String name) throws Exception {
        Path p = dir.resolve(name);
        Files.copy(Fixtures.path("fixtures/minimal.json"), p);
        return p;
    }

    /** One dataset in every view: when a view cannot take the new one, every view goes back to the old one. */
    @Test
    void aDatasetThatAViewCannotTakeLeavesEveryViewWithTheOldOne() throws Exception {
        List<String> views = new ArrayList<>();
        SummaryViewModel model = new SummaryViewModel(DIRECT, settings);
        model.setOnUnreadable(unreadable::add);
        model.setOnOpened(file -> {
            views.add(file.name());
            if (file.name().endsWith("refused.json")) throw new IllegalStateException("a view failed");
        });
        model.openBundled();
        String title = model.titleProperty().get();

        model.open(copyOfFixture("refused.json"));

        assertEquals(List.of("campaign.json (bundled)", "refused.json", "campaign.json (bundled)"),
                views.stream().map(n -> n.replaceAll(".*/", "")).toList(), "handed on, then taken back everywhere");
        assertEquals(title, model.titleProperty().get());
        assertEquals("campaign.json (bundled)", model.datasetNameProperty().get());
        assertNull(model.file(), "still the bundled dataset");
        assertEquals(1, unreadable.size());
        assertTrue(unreadable.get(0).contains("refused.json") && unreadable.get(0).contains("a view failed")
                && unreadable.get(0).contains("stays open"), unreadable.get(0));
    }

    @Test
    void anUnreadableFileKeepsTheOpenDatasetAndSaysWhy() throws Exception {
        SummaryViewModel model = model();
        model.openBundled();
        String title = model.titleProperty().get();
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ this is not json");

        model.open(broken);

        assertEquals(title, model.titleProperty().get());
        assertEquals(1, opened.size(), "nothing new was handed on");
        assertEquals(1, unreadable.size());
        assertTrue(unreadable.get(0).contains("broken.json") && unreadable.get(0).contains("stays open"), unreadable.get(0));
        assertNull(model.file(), "still the bundled dataset");
    }

    @Test
    void recentFilesAreRememberedNewestFirstAcrossRuns() throws Exception {
        SummaryViewModel model = model();
        Path a = copyOfFixture("a.json");
        Path b = copyOfFixture("b.json");
        model.open(a);
        model.open(b);
        model.open(a);
        assertEquals(List.of(a.toAbsolutePath(), b.toAbsolutePath()), model.recent());

        SummaryViewModel next = model();
        assertEquals(model.recent(), next.recent(), "kept in the settings");
        assertEquals(a.toAbsolutePath(), next.lastFile());
        for (int i = 0; i < 12; i++) next.open(copyOfFixture("f" + i + ".json"));
        assertEquals(10, next.recent().size());
        assertEquals(dir.resolve("f11.json").toAbsolutePath(), next.recent().get(0));
    }

    @Test
    void aFileChangedOnDiskIsReadAgain() throws Exception {
        SummaryViewModel model = model();
        Path a = copyOfFixture("a.json");
        model.open(a);
        assertFalse(model.reloadIfChanged());
        Files.writeString(a, Files.readString(a).replaceFirst("\"title\": \"[^\"]*\"", "\"title\": \"Changed title\""));
        Files.setLastModifiedTime(a, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertTrue(model.reloadIfChanged());
        assertEquals("Changed title", model.titleProperty().get());
        assertEquals(2, opened.size());
    }

    /** The signature is checked with the dataset, in the background, against the keys the model was given. */
    @Test
    void aDatasetOpenedFromAFileIsCheckedAgainstTheTrustedKeys() throws Exception {
        Path dataset = org.attache.core.sign.SigningFixtures.signedDataset(dir, "signed.json",
                org.attache.core.sign.SigningFixtures.HEADQUARTERS);
        SummaryViewModel model = new SummaryViewModel(DIRECT, settings,
                org.attache.core.sign.SigningFixtures.trustingHeadquarters(dir.resolve("added")));
        model.setOnOpened(opened::add);

        model.open(dataset);

        assertEquals(org.attache.core.sign.Verification.Status.SIGNED, opened.get(0).signature().status());
        assertTrue(model.signatureProperty().get().startsWith("Signed by Ministry of Foreign Affairs, Taipei on "),
                model.signatureProperty().get());
        assertFalse(model.signatureWarnsProperty().get());

        SummaryViewModel bundledOnly = new SummaryViewModel(DIRECT, settings);
        bundledOnly.open(dataset);
        assertTrue(bundledOnly.signatureProperty().get().startsWith("Warning: signed by a key this app does not trust"),
                "a model given no keys of the user's trusts the bundled ones only");
        assertTrue(bundledOnly.signatureWarnsProperty().get());

        bundledOnly.openBundled();
        assertEquals("Bundled with Attaché", bundledOnly.signatureProperty().get());
        assertFalse(bundledOnly.signatureWarnsProperty().get());
    }
}
