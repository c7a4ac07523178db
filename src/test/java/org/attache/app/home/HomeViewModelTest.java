package org.attache.app.home;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.attache.Fixtures;
import org.attache.app.common.Settings;
import org.attache.core.analysis.CampaignGlance;
import org.attache.core.export.DatasetFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeViewModelTest {
    private static final DatasetFile BUNDLED = DatasetFile.bundled();

    @TempDir
    Path dir;

    @Test
    void theCampaignAtAGlanceComesFromTheOpenDataset() {
        HomeViewModel model = new HomeViewModel(Settings.inMemory());
        model.setDataset(BUNDLED, LocalDate.of(2026, 11, 23));
        CampaignGlance g = model.glanceProperty().get();
        assertEquals("94th General Assembly, Hong Kong, 2026", g.next().orElseThrow().label());
        assertEquals(CampaignGlance.HEADLINES, g.latest().size());
        assertEquals("Countries of supporters", g.latest().get(0).measure());
        assertEquals("70+", g.latest().get(0).value());
        assertEquals(12, g.allies().size());
        assertTrue(model.countries().stream().noneMatch(c -> c.code().equals("CN") || c.code().equals("TW")),
                "no pack is offered for the PRC or Taiwan");
        assertEquals("", model.changesProperty().get(), "nothing to compare with the first time");
    }

    @Test
    void inChineseTheGlanceUsesTheDatasetsChineseWordsAndEnglishOnlyWhereItGivesNone() {
        HomeViewModel model = new HomeViewModel(Settings.inMemory());
        model.setDataset(BUNDLED, LocalDate.of(2026, 11, 23));
        CampaignGlance.Latest first = model.glanceProperty().get().latest().get(0);
        var glasgow = BUNDLED.dataset().assembly("ga-92").orElseThrow();
        org.attache.app.common.UiText.use(org.attache.app.common.UiLanguage.TRADITIONAL_CHINESE);
        try {
            assertEquals("\u8868\u9054\u652f\u6301\u7684\u570b\u5bb6", model.measureLabel(first), "表達支持的國家");
            assertEquals("\u570b", model.measureUnit(first));
            assertEquals("\u683c\u62c9\u65af\u54e5", model.city(glasgow), "格拉斯哥");
        } finally {
            org.attache.app.common.UiText.use(org.attache.app.common.UiLanguage.ENGLISH);
        }
        assertEquals("Countries of supporters", model.measureLabel(first));
        assertEquals("Glasgow", model.city(glasgow));
    }

    @Test
    void theBundledDatasetIsToldByItsCountsOnly() throws Exception {
        Settings settings = Settings.inMemory();
        HomeViewModel model = new HomeViewModel(settings);
        model.opened(BUNDLED, null);
        model.opened(BUNDLED, null);
        assertEquals("No change since you last opened campaign.json (bundled).", model.changesProperty().get());

        Path fixture = dir.resolve("minimal.json");
        Files.copy(Fixtures.path("fixtures/minimal.json"), fixture);
        model.opened(DatasetFile.open(fixture), null);
        String changes = model.changesProperty().get();
        assertTrue(changes.startsWith("Since the dataset you opened before (campaign.json (bundled)): "), changes);
        assertTrue(changes.contains("actions 129 \u2192 "), changes);
    }
}
