package org.attache.app.home;

import static org.attache.core.sign.SigningFixtures.HEADQUARTERS;
import static org.attache.core.sign.SigningFixtures.STRANGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.attache.app.common.Settings;
import org.attache.app.common.UiLanguage;
import org.attache.app.common.UiText;
import org.attache.core.export.DatasetFile;
import org.attache.core.sign.SignatureFile;
import org.attache.core.sign.SigningFixtures;
import org.attache.core.sign.TrustedKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The home screen says under the dataset's name who signed it and when, or warns when its signature does not hold. */
class HomeSignatureTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private final HomeViewModel model = new HomeViewModel(Settings.inMemory());

    private TrustedKeys trusted() {
        return SigningFixtures.trustingHeadquarters(dir.resolve("added"));
    }

    private void open(Path dataset) {
        model.setDataset(DatasetFile.open(dataset, trusted()), TODAY);
    }

    @AfterEach
    void english() {
        UiText.use(UiLanguage.ENGLISH);
    }

    @Test
    void aSignedDatasetSaysWhoSignedItAndWhen() throws Exception {
        open(SigningFixtures.signedDataset(dir, "campaign.json", HEADQUARTERS));

        String line = model.signatureProperty().get();
        assertTrue(line.startsWith("Signed by Ministry of Foreign Affairs, Taipei on "), line);
        assertTrue(line.contains("2026"), line);
        assertTrue(line.endsWith(" (key " + HEADQUARTERS.keyId() + ")"), line);
        assertFalse(model.signatureWarnsProperty().get());
    }

    @Test
    void anUnsignedDatasetSaysSoWithoutAWarning() throws Exception {
        open(SigningFixtures.dataset(dir, "campaign.json"));

        assertEquals("Not signed", model.signatureProperty().get());
        assertFalse(model.signatureWarnsProperty().get());
    }

    @Test
    void theBundledDatasetIsTheAppsOwn() {
        model.setDataset(DatasetFile.bundled(), TODAY);

        assertEquals("Bundled with Attaché", model.signatureProperty().get());
        assertFalse(model.signatureWarnsProperty().get());
    }

    @Test
    void aDatasetChangedSinceItWasSignedIsAWarningThatNamesIt() throws Exception {
        Path dataset = SigningFixtures.signedDataset(dir, "campaign.json", HEADQUARTERS);
        Files.writeString(dataset, Files.readString(dataset).replace("Minimal fixture", "Minimal fixturE"));

        open(dataset);

        String line = model.signatureProperty().get();
        assertTrue(line.startsWith("Warning: campaign.json has changed since Ministry of Foreign Affairs, Taipei signed it on "),
                line);
        assertTrue(line.endsWith("Do not rely on it: ask headquarters for the file again."), line);
        assertTrue(model.signatureWarnsProperty().get());
    }

    @Test
    void aSignatureFileChangedSinceItWasMadeIsAWarning() throws Exception {
        Path dataset = SigningFixtures.signedDataset(dir, "campaign.json", HEADQUARTERS);
        Path sig = SignatureFile.beside(dataset);
        Files.writeString(sig, Files.readString(sig).replace("Foreign Affairs", "Justice"));

        open(dataset);

        assertEquals("Warning: the signature campaign.json.sig has been changed since it was made, so nothing it says about "
                + "who signed this dataset can be trusted.", model.signatureProperty().get());
        assertTrue(model.signatureWarnsProperty().get());
    }

    @Test
    void aKeyNotTrustedHereIsAWarningThatKeepsItsClaimApart() throws Exception {
        open(SigningFixtures.signedDataset(dir, "campaign.json", STRANGER));

        assertEquals("Warning: signed by a key this app does not trust (" + STRANGER.keyId() + "). It claims to be "
                + "Attaché headquarters, but nothing checks that.", model.signatureProperty().get());
        assertTrue(model.signatureWarnsProperty().get());
    }

    @Test
    void anUnreadableSignatureIsAWarningThatSaysWhy() throws Exception {
        Path dataset = SigningFixtures.dataset(dir, "campaign.json");
        Files.writeString(SignatureFile.beside(dataset), "garbage");

        open(dataset);

        assertEquals("Warning: the signature campaign.json.sig cannot be read (campaign.json.sig is not an Attaché "
                + "signature: it is not JSON).", model.signatureProperty().get());
        assertTrue(model.signatureWarnsProperty().get());
    }

    @Test
    void inChineseTheLineIsChinese() throws Exception {
        UiText.use(UiLanguage.TRADITIONAL_CHINESE);
        open(SigningFixtures.signedDataset(dir, "campaign.json", HEADQUARTERS));

        String line = model.signatureProperty().get();
        assertTrue(line.startsWith("由Ministry of Foreign Affairs, Taipei於"), line);
        assertTrue(line.endsWith("簽署（金鑰 " + HEADQUARTERS.keyId() + "）"), line);
        model.setDataset(DatasetFile.bundled(), TODAY);
        assertEquals("隨 Attaché 附帶", model.signatureProperty().get());
    }
}
