package org.attache.core.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.attache.core.pack.BriefLanguage;
import org.attache.core.pack.Pack;
import org.attache.core.pack.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Briefs in Traditional Chinese: the fixed wording, the charts and the names the dataset gives in Chinese print in
 * the Chinese face and read back intact; texts the dataset gives only in English are marked; nothing prints as "?".
 */
class ChinesePackTest {

    @ParameterizedTest
    @CsvSource({"LV, 拉脫維亞", "US, 美國"})
    void aChinesePackReadsBackWithItsChineseIntactAndNoQuestionMark(String code, String name) throws IOException {
        Pack pack = PdfPacks.pack(code, Template.MINISTERIAL).withLanguage(BriefLanguage.TRADITIONAL_CHINESE);
        byte[] pdf = PdfPacks.render(pack, code + "-zh-Hant");
        assertTrue(pdf.length < 300 * 1024, "a Chinese pack stays under 300 KB: " + pdf.length / 1024 + " KB");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (String expected : List.of(name, "會談簡報", "部長級會談", "摘要", "重點", "資料來源",
                    "第94屆國際刑警組織大會（香港，2026年）", "〔英文〕", name + "：歷屆大會計入的支持行動", "未舉行大會",
                    "在大會上發言的友邦", "臺灣與國際刑警組織：推動參與")) {
                assertTrue(text.contains(expected), code + ": " + expected);
            }
            String withoutAddresses = text.replaceAll("https?://\\S+", "");
            assertFalse(withoutAddresses.contains("?"), code + ": no question mark");
            assertFalse(text.contains("[U+"), code + ": every character printed");
            for (String line : text.split("\\R")) {
                assertTrue(line.isEmpty() || "，。、；：？！）」』】》".indexOf(line.charAt(0)) < 0,
                        code + ": a line starts with a closing mark: " + line);
            }
            Set<String> fonts = new TreeSet<>();
            for (PDPage page : doc.getPages()) {
                for (var f : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(f);
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "embedded as a subset: " + font.getName());
                    fonts.add(font.getName().replaceAll("^[A-Z]{6}\\+", ""));
                }
            }
            assertTrue(fonts.contains("NotoSansTC-Regular") && fonts.contains("NotoSansTC-Bold"), fonts.toString());
        }
    }

    @ParameterizedTest
    @CsvSource({"LV, 拉脫維亞, Latvia", "US, 美國, United States"})
    void aBilingualPackPrintsBothLanguagesAndListsBothInItsBookmarks(String code, String name, String english)
            throws IOException {
        Pack pack = PdfPacks.pack(code, Template.MINISTERIAL).withLanguage(BriefLanguage.BILINGUAL);
        byte[] pdf = PdfPacks.render(pack, code + "-zh-Hant+en");
        assertTrue(pdf.length < 300 * 1024, "a bilingual pack stays under 300 KB: " + pdf.length / 1024 + " KB");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String expected : List.of(name + "（" + english + "）", english + " · Ministerial meeting",
                    "以觀察員身分出席大會", "Observer status at the General Assembly", "摘要 Summary")) {
                assertTrue(text.contains(expected), code + ": " + expected);
            }
            assertFalse(text.replaceAll("https?://\\S+", "").contains("?"), code + ": no question mark");
            List<String> bookmarks = new ArrayList<>();
            for (var item : doc.getDocumentCatalog().getDocumentOutline().children()) bookmarks.add(item.getTitle());
            assertTrue(bookmarks.contains("摘要 Summary") && bookmarks.contains("資料來源 Sources"), bookmarks.toString());
            assertEquals("zh-Hant", doc.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void everyWordOfTheEnglishBriefHasItsChineseForm() throws IOException {
        Properties en = load("BriefWords_en.properties");
        Properties zh = load("BriefWords_zh_Hant.properties");
        List<String> missing = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            if (!key.equals("untranslated") && !zh.containsKey(key)) missing.add(key);
        }
        assertEquals(List.of(), missing);
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ChinesePackTest.class.getResourceAsStream("/org/attache/core/document/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
