package org.attache.core.pdf;

import static org.attache.core.sign.SigningFixtures.HEADQUARTERS;
import static org.attache.core.sign.SigningFixtures.SIGNED_AT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.attache.Fixtures;
import org.attache.core.export.DatasetFile;
import org.attache.core.export.ExportOptions;
import org.attache.core.export.PackExporter;
import org.attache.core.pack.BriefLanguage;
import org.attache.core.pack.Output;
import org.attache.core.pack.Template;
import org.attache.core.sign.DatasetSigner;
import org.attache.core.sign.SigningFixtures;
import org.attache.core.sign.Verification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * A pack's metadata says which dataset it was made from (its title and date) and, when a trusted key signed the
 * dataset, who signed it; the archival packs stay PDF/A, their XMP saying what the information dictionary says.
 */
class SignedDatasetPacksTest {
    private static final String DATASET = "Dataset: " + PdfPacks.DATASET.title() + ", updated " + PdfPacks.DATASET.updated();

    @TempDir
    Path dir;

    private DatasetFile open(boolean signed) throws Exception {
        Path copy = dir.resolve("campaign.json");
        Files.copy(Fixtures.bundledDataset(), copy);
        if (signed) new DatasetSigner(HEADQUARTERS).sign(copy, SIGNED_AT);
        return DatasetFile.open(copy, SigningFixtures.trustingHeadquarters(dir.resolve("added")));
    }

    private static byte[] render(DatasetFile dataset, BriefLanguage language, ExportOptions options) throws Exception {
        return new PackExporter().render(dataset, PdfPacks.pack("LV", Template.MINISTERIAL).withLanguage(language),
                PdfPacks.CREATED, Output.FULL, options);
    }

    private static String subject(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getDocumentInformation().getSubject();
        }
    }

    @Test
    void aPackFromASignedDatasetNamesTheDatasetAndItsSignerInItsMetadata() throws Exception {
        DatasetFile dataset = open(true);
        assertEquals(Verification.Status.SIGNED, dataset.signature().status());

        byte[] pdf = render(dataset, BriefLanguage.ENGLISH, ExportOptions.STANDARD);

        String subject = subject(pdf);
        assertEquals("Briefing pack for a ministerial meeting with Latvia. " + DATASET
                + "; signed by Ministry of Foreign Affairs, Taipei (key " + HEADQUARTERS.keyId() + ")", subject);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Element xmp = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(doc.getDocumentCatalog().getMetadata().toByteArray()))
                    .getDocumentElement();
            assertEquals(subject, xmp.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "description").item(0)
                    .getTextContent(), "the XMP says what the information dictionary says");
            assertEquals("RESTRICTED", doc.getDocumentInformation().getKeywords(), "the keywords stay the marking");
        }
        PdfAValidation validation = PdfAValidation.of(pdf);
        assertTrue(validation.compliant(), validation.report());
    }

    @Test
    void theFootOfEveryPageNamesTheSignerOfASignedDataset() throws Exception {
        byte[] signed = render(open(true), BriefLanguage.ENGLISH, ExportOptions.STANDARD);
        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertTrue(stripper.getText(doc).contains("signed by Ministry of Foreign Affairs, Taipei"),
                        "the foot of page " + page + " names the signer");
            }
        }
    }

    @Test
    void aPackFromAnUnsignedOrAlteredDatasetNamesNoSigner() throws Exception {
        DatasetFile unsigned = open(false);
        assertEquals("Briefing pack for a ministerial meeting with Latvia. " + DATASET,
                subject(render(unsigned, BriefLanguage.ENGLISH, ExportOptions.STANDARD)));

        Path copy = dir.resolve("campaign.json");
        new DatasetSigner(HEADQUARTERS).sign(copy, SIGNED_AT);
        Files.writeString(copy, Files.readString(copy) + "\n");
        DatasetFile altered = DatasetFile.open(copy, SigningFixtures.trustingHeadquarters(null));
        assertEquals(Verification.Status.ALTERED, altered.signature().status());
        byte[] pdf = render(altered, BriefLanguage.ENGLISH, ExportOptions.STANDARD);
        assertFalse(subject(pdf).contains("signed by"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertFalse(new PDFTextStripper().getText(doc).contains("signed by"), "nor does any page's foot");
        }
    }

    @Test
    void aChinesePackNamesTheSignerInChinese() throws Exception {
        String subject = subject(render(open(true), BriefLanguage.TRADITIONAL_CHINESE, ExportOptions.STANDARD));

        assertTrue(subject.endsWith("；由Ministry of Foreign Affairs, Taipei簽署（金鑰 " + HEADQUARTERS.keyId() + "）"), subject);
        assertTrue(subject.contains("資料集："), subject);
    }

    @Test
    void theBundledDatasetIsNamedWithoutASigner() throws Exception {
        assertEquals("Briefing pack for a ministerial meeting with Latvia. " + DATASET,
                subject(render(DatasetFile.bundled(), BriefLanguage.ENGLISH, ExportOptions.STANDARD)));
    }
}
