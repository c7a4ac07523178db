package org.attache.core.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.attache.core.export.ExportOptions;
import org.attache.core.export.PackExporter;
import org.attache.core.pack.BriefLanguage;
import org.attache.core.pack.Output;
import org.attache.core.pack.Pack;
import org.attache.core.pack.Recipient;
import org.attache.core.pack.Template;
import org.junit.jupiter.api.Test;

/**
 * Packs that can be handed out: the marking and its caveat at head and foot of every page and in the metadata,
 * "DRAFT" across every page of a draft, the recipient's name and copy number on every page of a stamped copy, and a
 * password that locks the copy with AES-256 and the chosen permissions.
 */
class ProtectedPacksTest {
    private static byte[] export(Pack pack, ExportOptions options, String name) throws IOException {
        byte[] pdf = new PackExporter().render(PdfPacks.DATASET, pack, "campaign.json", PdfPacks.CREATED, Output.FULL,
                options);
        // a locked pack is kept apart: the build's structure check of every kept pack has no password
        java.nio.file.Path folder = options.protection() == null ? PdfPacks.OUT : PdfPacks.OUT.resolveSibling("locked-packs");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".pdf"), pdf);
        return pdf;
    }

    private static String page(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    /** The text set at a slant on a page (the watermarks), glyph by glyph in the order it is drawn. */
    private static String slanted(PDDocument doc, int page) throws IOException {
        StringBuilder text = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(org.apache.pdfbox.text.TextPosition glyph) {
                if (Math.abs(glyph.getTextMatrix().getShearY()) > 0.1) text.append(glyph.getUnicode());
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return text.toString();
    }

    @Test
    void aDraftForARecipientSaysSoOnEveryPageWithItsMarkingAndCaveat() throws IOException {
        Pack pack = PdfPacks.pack("LV", Template.MINISTERIAL).withClassification("CONFIDENTIAL")
                .withControl(PdfPacks.pack("LV", Template.MINISTERIAL).control().withDraft(true)
                        .withCaveat("Diplomatic staff only"));
        byte[] pdf = export(pack, ExportOptions.STANDARD.withRecipient(new Recipient("Lina Chen", 3)), "LV-draft-recipient");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() > 5);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                String text = page(doc, p);
                String across = slanted(doc, p);
                assertTrue(across.startsWith("DRAFT"), "page " + p + " has DRAFT across it: " + across);
                assertEquals(2, across.split("Lina Chen · Sunday 22 November 2026 · Copy 3", -1).length - 1,
                        "page " + p + " has the recipient's name, the date and the copy number across it twice: " + across);
                assertTrue(text.contains("Copy 3, issued to Lina Chen on Sunday 22 November 2026."),
                        "page " + p + " has the recipient's footer line: " + text);
                assertEquals(2, text.split("CONFIDENTIAL · DIPLOMATIC STAFF ONLY", -1).length - 1,
                        "page " + p + ": the marking and caveat at head and foot");
            }
            assertEquals("CONFIDENTIAL · DIPLOMATIC STAFF ONLY", doc.getDocumentInformation().getKeywords());
        }
    }

    @Test
    void aChineseCopyIsStampedInChinese() throws IOException {
        Pack pack = PdfPacks.pack("LV", Template.MINISTERIAL).withLanguage(BriefLanguage.TRADITIONAL_CHINESE);
        pack = pack.withControl(pack.control().withDraft(true));
        byte[] pdf = export(pack, ExportOptions.STANDARD.withRecipient(new Recipient("陳麗娜", 12)), "LV-zh-draft-recipient");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                String across = slanted(doc, p);
                assertTrue(across.startsWith("草稿") && across.contains("陳麗娜·2026年11月22日（星期日）·第12份"),
                        "page " + p + ": " + across);
                assertTrue(page(doc, p).contains("第12份，2026年11月22日（星期日）發給陳麗娜"), "page " + p);
            }
        }
    }

    @Test
    void anUnstampedPackHasNoWatermark() throws IOException {
        byte[] pdf = export(PdfPacks.pack("LV", Template.MINISTERIAL), ExportOptions.STANDARD, "LV-unstamped");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertFalse(text.contains("DRAFT") || text.contains("Copy 1"), "nothing stamped");
            for (int p = 1; p <= doc.getNumberOfPages(); p++) assertEquals("", slanted(doc, p), "page " + p);
        }
    }

    @Test
    void aPasswordLocksTheCopyWithAes256AndTheChosenPermissions() throws IOException {
        Pack pack = PdfPacks.pack("LV", Template.MINISTERIAL);
        byte[] pdf = export(pack, ExportOptions.STANDARD.withProtection(new Protection("hotel-printer-7", false, true)),
                "LV-locked");
        assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(pdf).close(), "no password, no pack");
        assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(pdf, "hotel-printer-8").close());
        try (PDDocument doc = Loader.loadPDF(pdf, "hotel-printer-7")) {
            var encryption = doc.getEncryption();
            assertEquals(256, encryption.getLength());
            assertEquals(5, encryption.getVersion());
            assertEquals(6, encryption.getRevision());
            assertEquals("AESV3", encryption.getStdCryptFilterDictionary().getCryptFilterMethod().getName());
            var permission = doc.getCurrentAccessPermission();
            assertFalse(permission.isOwnerPermission(), "opened as a reader, not as the owner");
            assertFalse(permission.canPrint(), "printing refused");
            assertTrue(permission.canExtractContent(), "copying allowed");
            assertTrue(permission.canExtractForAccessibility(), "a screen reader may read it");
            assertFalse(permission.canModify());
            assertTrue(new PDFTextStripper().getText(doc).contains("Latvia"), "its text is there behind the password");
            assertEquals(null, doc.getDocumentCatalog().getMetadata(), "PDF/A forbids encryption: a locked copy claims no PDF/A");
        }
        byte[] printable = export(pack, ExportOptions.STANDARD.withProtection(new Protection("x", true, false)), "LV-locked-2");
        try (PDDocument doc = Loader.loadPDF(printable, "x")) {
            assertTrue(doc.getCurrentAccessPermission().canPrint());
            assertFalse(doc.getCurrentAccessPermission().canExtractContent());
        }
    }

    @Test
    void aStampedDraftIsStillPdfA2b() throws Exception {
        Pack pack = PdfPacks.pack("NL", Template.MINISTERIAL);
        pack = pack.withControl(pack.control().withDraft(true).withCaveat("delegation only"));
        byte[] pdf = export(pack, ExportOptions.STANDARD.withRecipient(new Recipient("陳麗娜 Lina Chen", 2)), "NL-draft-recipient");
        PdfAValidation validation = PdfAValidation.of(pdf);
        assertTrue(validation.compliant(), validation.report());
        byte[] plain = export(pack, ExportOptions.STANDARD.withArchival(false), "NL-draft-plain");
        try (PDDocument doc = Loader.loadPDF(plain)) {
            assertEquals(null, doc.getDocumentCatalog().getMetadata(), "not archival when asked not to be");
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"US", "LV", "NL"})
    void everySourceAddressIsAWebLink(String country) throws IOException {
        Pack pack = PdfPacks.pack(country, Template.MINISTERIAL);
        java.util.Set<String> addresses = new java.util.TreeSet<>();
        for (var block : PdfPacks.document(pack).blocks()) {
            if (block instanceof org.attache.core.document.SourceList list) {
                list.notes().stream().map(n -> n.url()).filter(u -> u != null && u.startsWith("https://")).forEach(addresses::add);
            }
        }
        assertTrue(addresses.size() >= 10, country + ": " + addresses.size() + " addresses");
        java.util.Set<String> links = new java.util.TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(export(pack, ExportOptions.STANDARD, country + "-links"))) {
            for (var page : doc.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                        links.add(uri.getURI());
                    }
                }
            }
        }
        java.util.Set<String> unlinked = new java.util.TreeSet<>(addresses);
        unlinked.removeAll(links);
        assertEquals(java.util.Set.of(), unlinked, country + ": every address in the sources is a link");
    }

    @Test
    void aPasswordIsNeverEmptyNorTooLongNorPrinted() {
        assertThrows(IllegalArgumentException.class, () -> new Protection("", true, true));
        assertThrows(IllegalArgumentException.class, () -> new Protection("密".repeat(43), true, true));
        assertFalse(new Protection("secret-word", true, true).toString().contains("secret-word"));
    }
}
