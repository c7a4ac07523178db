package org.attache.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.core.data.BundledDataset;
import org.attache.core.model.Dataset;
import org.attache.core.pack.BriefLanguage;
import org.attache.core.pack.Pack;
import org.attache.core.pack.Template;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bilingual brief is the Chinese brief with its English alongside: each heading carries the English brief's heading,
 * what is to be said carries the English brief's words, and each country or organisation is given with its English
 * name in brackets exactly once, where the brief first prints it.
 */
class BilingualBriefTest {
    private static final Dataset DATA = BundledDataset.load().dataset();
    private static final PackComposer.Setting SETTING = new PackComposer.Setting("campaign.json",
            ZonedDateTime.of(2026, 11, 22, 9, 0, 0, 0, ZoneOffset.UTC));

    private static Document compose(String country, Template template, BriefLanguage language) {
        return new PackComposer().compose(DATA, Pack.of(country, template).withLanguage(language), SETTING);
    }

    @ParameterizedTest
    @CsvSource({"LV, MINISTERIAL", "US, PARLIAMENTARY", "NL, POLICE"})
    void everyHeadingIsTheChineseOneWithTheEnglishOneBesideIt(String code, Template template) {
        List<Heading> english = headings(compose(code, template, BriefLanguage.ENGLISH));
        List<Heading> chinese = headings(compose(code, template, BriefLanguage.TRADITIONAL_CHINESE));
        List<Heading> both = headings(compose(code, template, BriefLanguage.BILINGUAL));
        assertEquals(english.size(), both.size());
        for (int i = 0; i < both.size(); i++) {
            assertEquals(chinese.get(i).text(), both.get(i).text(), "heading " + i);
            assertEquals(english.get(i).text(), both.get(i).translation(), "heading " + i);
            assertEquals("", chinese.get(i).translation());
        }
    }

    @ParameterizedTest
    @CsvSource({"LV, MINISTERIAL", "US, PARLIAMENTARY"})
    void whatIsToBeSaidCarriesTheEnglishBriefsWords(String code, Template template) {
        List<String> englishTexts = texts(compose(code, template, BriefLanguage.ENGLISH), true);
        List<Paragraph> translated = paragraphs(compose(code, template, BriefLanguage.BILINGUAL)).stream()
                .filter(p -> !p.translation().isEmpty()).toList();
        assertTrue(translated.size() >= 8, code + ": asks, talking points and answers in English too: " + translated.size());
        for (Paragraph p : translated) {
            // the English brief says it, after its own label where the Chinese keeps a label of its own ("They may say:")
            assertTrue(englishTexts.stream().anyMatch(e -> e.equals(p.translation()) || e.endsWith(": " + p.translation())),
                    code + ": the English brief says " + p.translation());
            assertFalse(p.translation().contains("\u3014"), "no Chinese mark in the English: " + p.translation());
        }
        assertTrue(paragraphs(compose(code, template, BriefLanguage.TRADITIONAL_CHINESE)).stream()
                .allMatch(p -> p.translation().isEmpty()), "a Chinese brief has no English alongside");
    }

    @ParameterizedTest
    @CsvSource({"LV, Latvia, 拉脫維亞", "US, United States, 美國", "NL, Netherlands, 荷蘭"})
    void aCountryIsGivenWithItsEnglishNameOnceWhereTheBriefFirstNamesIt(String code, String english, String chinese) {
        Document both = compose(code, Template.MINISTERIAL, BriefLanguage.BILINGUAL);
        String all = String.join("\n", texts(both, false));
        String introduced = chinese + "\uff08" + english + "\uff09";
        int first = all.indexOf(introduced);
        assertTrue(first >= 0, code + ": introduced somewhere");
        assertEquals(first, all.lastIndexOf(introduced), code + ": introduced once");
        int plain = all.indexOf(chinese);
        assertEquals(first, plain, code + ": the first time the brief names " + chinese + " it gives the English");

        Matcher m = Pattern.compile("[\\u4e00-\\u9fff]+\\uff08([A-Z][^\\uff09]*)\\uff09").matcher(all);
        List<String> names = new ArrayList<>();
        while (m.find()) names.add(m.group());
        assertEquals(names.stream().distinct().toList(), names, code + ": no name introduced twice");
        String chineseOnly = String.join("\n", texts(compose(code, Template.MINISTERIAL, BriefLanguage.TRADITIONAL_CHINESE), true));
        assertFalse(chineseOnly.contains(introduced), "a Chinese brief gives no English names");
    }

    @ParameterizedTest
    @CsvSource({"LV, MINISTERIAL", "US, PARLIAMENTARY", "NL, POLICE"})
    void aChineseBriefPrintsNoEnglishProseUnmarked(String code, Template template) {
        // a table's "who acted" is a name and a title, shown as written (the record table's own rule)
        for (BriefLanguage language : List.of(BriefLanguage.TRADITIONAL_CHINESE, BriefLanguage.BILINGUAL)) {
            Document d = compose(code, template, language);
            List<String> texts = new ArrayList<>(headings(d).stream().map(Heading::text).toList());
            paragraphs(d).forEach(p -> texts.add(p.text()));
            for (String text : texts) {
                boolean chinese = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
                boolean prose = text.matches("(?s).*[A-Za-z]+( [A-Za-z,;’'()-]+){4}.*");
                assertTrue(chinese || !prose || text.contains("\u3014"), code + " " + language + ": unmarked English: " + text);
            }
        }
    }

    private static List<Heading> headings(Document d) {
        return d.blocks().stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();
    }

    private static List<Paragraph> paragraphs(Document d) {
        List<Paragraph> all = new ArrayList<>();
        for (Block b : d.blocks()) {
            if (b instanceof Paragraph p) all.add(p);
            if (b instanceof BulletList l) all.addAll(l.items());
        }
        return all;
    }

    /** Every text the blocks print, in order: (headings,) paragraphs and items with their labels, boxes, table cells. */
    private static List<String> texts(Document d, boolean withHeadings) {
        List<String> all = new ArrayList<>();
        for (Block b : d.blocks()) {
            if (b instanceof Heading h && withHeadings) all.add(h.text());
            if (b instanceof BottomLine l) l.points().forEach(p -> all.add(p.label() + " " + p.text()));
            if (b instanceof Callout c) all.add(c.title() + " " + c.text());
            if (b instanceof Table t) t.rows().forEach(r -> r.forEach(p -> all.add(text(p))));
            if (b instanceof Paragraph p) all.add(text(p));
            if (b instanceof BulletList l) l.items().forEach(p -> all.add(text(p)));
        }
        return all;
    }

    private static String text(Paragraph p) {
        return p.label().isEmpty() ? p.text() : p.label() + " " + p.text();
    }
}
