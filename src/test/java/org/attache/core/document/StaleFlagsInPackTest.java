package org.attache.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.attache.core.data.BundledDataset;
import org.attache.core.export.PackExporter;
import org.attache.core.model.Dataset;
import org.attache.core.pack.BriefLanguage;
import org.attache.core.pack.Pack;
import org.attache.core.pack.PackFile;
import org.attache.core.pack.Template;
import org.junit.jupiter.api.Test;

class StaleFlagsInPackTest {
    private static final Dataset DATA = BundledDataset.load().dataset();
    private static final ZonedDateTime PREPARED = ZonedDateTime.of(2026, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private static String text(Pack pack) throws IOException {
        byte[] pdf = new PackExporter().render(DATA, pack, "campaign.json", PREPARED);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00a0]+", " ");
        }
    }

    private static Pack pack(String country, boolean flag) {
        return Pack.of(country, Template.MINISTERIAL).withFlagStale(flag);
    }

    @Test
    void aPackFlagsNothingUnlessAsked() throws IOException {
        assertFalse(pack("FR", false).flagStale(), "off by default");
        String text = text(pack("FR", false));
        assertFalse(text.contains("Last recorded act"), text);
        assertFalse(text.contains("older than 5 years"));
        assertFalse(text.contains("since replaced"));
    }

    @Test
    void aSilentCountrysRecordSaysWhenItLastActed() throws IOException {
        assertTrue(text(pack("FR", true)).contains(
                "Last recorded act: 2018; none at the last two General Assemblies (2024, 2025)."));
    }

    @Test
    void aCountryThatActedAtTheLastTwoAssembliesIsNotCalledSilent() throws IOException {
        assertFalse(text(pack("LV", true)).contains("Last recorded act"), "Latvia acted at the 92nd");
    }

    @Test
    void anOldSourceIsMarkedWithItsYearAndARecentOneIsNot() throws IOException {
        String text = text(pack("FR", true));
        assertTrue(text.contains("2018-12-14 (2018 \u2014 older than 5 years)"), "the Taipei Times of 2018");
        assertFalse(text.contains("2023-12-04 (2023"), "a source of 2023 is within five years");
    }

    @Test
    void theChosenAgeDecidesWhichSourcesAreOld() throws IOException {
        String ten = text(pack("FR", true).withStaleSourceAge(10));
        assertTrue(ten.contains("2018-12-14 https"), "a source of 2018 is within ten years, and unmarked");
        assertFalse(ten.contains("older than 5 years"));
        String two = text(pack("FR", true).withStaleSourceAge(2));
        assertTrue(two.contains("2018-12-14 (2018 \u2014 older than 2 years)"), "the Taipei Times of 2018");
        assertTrue(two.contains("2023-12-04 (2023 \u2014 older than 2 years)"), "a source of 2023 is past two years");
    }

    @Test
    void theConstitutionInForceIsNeverCalledOld() throws IOException {
        String text = text(pack("FR", true).withStaleSourceAge(1));
        assertTrue(text.contains("\u201cConstitution of the ICPO-INTERPOL\u201d, INTERPOL, 1956 "), "cited, unmarked");
        assertFalse(text.contains("(1956 \u2014 older than"));
        assertTrue(text.contains("(2023 \u2014 older than one year)") || text.contains("(2024 \u2014 older than one year)"),
                "while the ordinary sources of the same pack are");
    }

    @Test
    void aPacksChosenAgeIsSavedWithItAndAnOutOfRangeOneIsRefused() {
        Pack three = pack("FR", true).withStaleSourceAge(3);
        assertEquals(3, PackFile.read(PackFile.toBytes(three), "p").pack().staleSourceAge());
        assertEquals(5, PackFile.read(PackFile.toBytes(pack("FR", true)), "p").pack().staleSourceAge(),
                "a pack saved without an age reads the default");
        assertFalse(new String(PackFile.toBytes(pack("FR", true)), java.nio.charset.StandardCharsets.UTF_8)
                .contains("staleSourceAge"), "the default is not written");
        String saved = new String(PackFile.toBytes(three), java.nio.charset.StandardCharsets.UTF_8);
        var load = PackFile.read(saved.replaceAll("\"staleSourceAge\" ?: ?3", "\"staleSourceAge\": 0")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "p.attache.json");
        assertFalse(load.isUsable());
        assertTrue(load.problems().stream().anyMatch(p -> p.toString().contains("staleSourceAge")
                && p.toString().contains("1 to 100 years")), load.problems().toString());
    }

    @Test
    void aReplacedFigureSaysWhatReplacedItAndTheLatestDoesNot() throws IOException {
        String text = text(pack("LV", true));
        String replaced = "(since replaced by \u201cAmong the safest places in the world\u201d, 2025)";
        assertTrue(text.contains("in 2023. (described by a third party) " + replaced), text);
        assertTrue(text.contains("in 2024. (described by a third party) " + replaced));
        assertFalse(text.contains("147 countries. (since replaced"), "the 2025 ranking is the current one");
        assertFalse(text.contains("kg of amphetamine (since replaced"), "a case is never replaced");
    }

    @Test
    void aChineseBriefFlagsInItsOwnWordsAndMarksEnglishTitles() throws IOException {
        // a Chinese line may break between any two characters: the text is read without its spaces
        String text = text(pack("FR", true).withLanguage(BriefLanguage.BILINGUAL)).replace(" ", "");
        assertTrue(text.contains("最近一次紀錄：2018年；最近兩屆大會（2024、2025年）均無紀錄。"), text);
        assertTrue(text.contains("2018-12-14（2018年，已逾5年）"), text);
        assertTrue(text.contains("已由「"), "a replaced figure is marked: " + text);
    }

    @Test
    void theOptionIsSavedWithThePackAndReadBack() {
        Pack on = pack("FR", true);
        assertTrue(new String(PackFile.toBytes(on), java.nio.charset.StandardCharsets.UTF_8).contains("\"flagStaleFacts\" : true")
                || new String(PackFile.toBytes(on), java.nio.charset.StandardCharsets.UTF_8).contains("\"flagStaleFacts\": true"));
        assertTrue(PackFile.read(PackFile.toBytes(on), "p").pack().flagStale());
        assertFalse(PackFile.read(PackFile.toBytes(pack("FR", false)), "p").pack().flagStale());
    }
}
