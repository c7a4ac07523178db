package org.attache.core.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.attache.core.pack.BriefLanguage;
import org.attache.core.pack.Pack;
import org.attache.core.pack.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.w3c.dom.Element;

/** Packs are PDF/A-2b by default, as veraPDF sees them; a renderer told otherwise writes plain PDFs. */
class PdfArchiveTest {

    @ParameterizedTest
    @ValueSource(strings = {"US", "LV", "NL"})
    void anEnglishPackIsPdfA2b(String country) throws Exception {
        assertCompliant(PdfPacks.render(PdfPacks.pack(country, Template.MINISTERIAL), country + "-pdfa"));
    }

    @ParameterizedTest
    @CsvSource({"TRADITIONAL_CHINESE, zh-Hant", "BILINGUAL, bilingual"})
    void aChineseOrBilingualPackIsPdfA2b(BriefLanguage language, String name) throws Exception {
        Pack pack = PdfPacks.pack("LV", Template.MINISTERIAL).withLanguage(language);
        assertCompliant(PdfPacks.render(pack, "LV-" + name + "-pdfa"));
    }

    @Test
    void anArchivalPackSaysItIsPdfA2bAndPrintsItsLinks() throws Exception {
        byte[] bytes = PdfPacks.render(PdfPacks.pack("LV", Template.MINISTERIAL), "LV-pdfa");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") && xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"), xmp);
            assertEquals(1, catalog.getOutputIntents().size());
            assertEquals("sRGB IEC61966-2.1", catalog.getOutputIntents().get(0).getOutputConditionIdentifier());
            int links = 0;
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    assertTrue(annotation.isPrinted(), "annotation on a page prints");
                    links++;
                }
            }
            assertTrue(links > 0, "the pack has links");
        }
    }

    @Test
    void aPlainRendererWritesNoPdfAMetadataAndVeraPdfSaysSo() throws Exception {
        PdfRenderer plain = new PdfRenderer(false);
        assertFalse(plain.archival());
        assertTrue(new PdfRenderer().archival(), "archival by default");
        byte[] bytes = plain.render(PdfPacks.document(PdfPacks.pack("LV", Template.MINISTERIAL)));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertNull(pdf.getDocumentCatalog().getMetadata(), "no XMP, so no pdfaid");
            assertTrue(pdf.getDocumentCatalog().getOutputIntents().isEmpty());
        }
        assertFalse(new String(bytes, StandardCharsets.ISO_8859_1).contains("pdfaid"));
        assertFalse(PdfAValidation.of(bytes).compliant(), "the validator is not fooled by a plain PDF");
    }

    @Test
    void theXmpSaysWhatTheInformationDictionarySaysEscapedAndInItsOwnOffset() throws Exception {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle("Latvia & Estonia: <draft> \"A\"");
        info.setAuthor("Attaché");
        info.setSubject("臺灣與國際刑警組織");
        info.setKeywords("RESTRICTED");
        info.setCreator("Attaché 1.0");
        info.setProducer("Attaché with Apache PDFBox");
        info.setCreationDate(GregorianCalendar.from(ZonedDateTime.of(2026, 7, 1, 9, 30, 15, 500_000_000, ZoneId.of("Europe/Riga"))));
        info.setModificationDate(info.getCreationDate());

        Element xmp = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(PdfArchive.xmp(info).getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertEquals("Latvia & Estonia: <draft> \"A\"", text(xmp, "http://purl.org/dc/elements/1.1/", "title"));
        assertEquals("Attaché", text(xmp, "http://purl.org/dc/elements/1.1/", "creator"));
        assertEquals("臺灣與國際刑警組織", text(xmp, "http://purl.org/dc/elements/1.1/", "description"));
        assertEquals("RESTRICTED", text(xmp, "http://ns.adobe.com/pdf/1.3/", "Keywords"));
        assertEquals("Attaché with Apache PDFBox", text(xmp, "http://ns.adobe.com/pdf/1.3/", "Producer"));
        assertEquals("Attaché 1.0", text(xmp, "http://ns.adobe.com/xap/1.0/", "CreatorTool"));
        assertEquals("2026-07-01T09:30:15+03:00", text(xmp, "http://ns.adobe.com/xap/1.0/", "CreateDate"));
        assertEquals("2026-07-01T09:30:15+03:00", text(xmp, "http://ns.adobe.com/xap/1.0/", "ModifyDate"));
        assertEquals("2", text(xmp, "http://www.aiim.org/pdfa/ns/id/", "part"));
        assertEquals("B", text(xmp, "http://www.aiim.org/pdfa/ns/id/", "conformance"));
    }

    private static String text(Element xmp, String namespace, String name) {
        return xmp.getElementsByTagNameNS(namespace, name).item(0).getTextContent();
    }

    private static void assertCompliant(byte[] pdf) throws Exception {
        PdfAValidation validation = PdfAValidation.of(pdf);
        assertEquals(PDFAFlavour.PDFA_2_B, validation.flavour());
        assertTrue(validation.compliant(), validation.report());
    }
}
