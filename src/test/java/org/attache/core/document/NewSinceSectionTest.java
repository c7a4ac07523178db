package org.attache.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.attache.core.data.BundledDataset;
import org.attache.core.edit.RecordKind;
import org.attache.core.export.ExportOptions;
import org.attache.core.export.PackExporter;
import org.attache.core.model.Dataset;
import org.attache.core.model.PartialDate;
import org.attache.core.model.SupportAction;
import org.attache.core.pack.BriefLanguage;
import org.attache.core.pack.Output;
import org.attache.core.pack.Pack;
import org.attache.core.pack.PackSection;
import org.attache.core.pack.SectionKind;
import org.attache.core.pack.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The section "New since …": exactly the country's records added or changed since an earlier dataset, or dated after
 * the last General Assembly, each sourced; a sentence when there is nothing; withdrawn records counted, not repeated.
 */
class NewSinceSectionTest {
    private static final Dataset NEW = BundledDataset.load().dataset();
    private static final ZonedDateTime CREATED = ZonedDateTime.of(2026, 11, 22, 9, 0, 0, 0, ZoneOffset.UTC);

    private static Pack pack(String country, BriefLanguage language, String baseline) {
        Pack pack = Pack.of(country, Template.MINISTERIAL).withLanguage(language);
        List<PackSection> sections = new ArrayList<>();
        for (PackSection s : pack.sections()) {
            sections.add(s.kind() != SectionKind.NEW_SINCE ? s : s.withIncluded(true)
                    .withOption(SectionKind.BASELINE, baseline).withOption(SectionKind.EARLIER_FILE, "/desk/old.json"));
        }
        return pack.withSections(sections);
    }

    private static Document compose(Dataset current, Pack pack, Dataset earlier) {
        PackComposer.Setting setting = new PackComposer.Setting("campaign.json", CREATED)
                .withEarlier(earlier == null ? null : new PackComposer.Earlier("old.json", earlier));
        return new PackComposer().compose(current, pack, setting);
    }

    /** The blocks from the section's heading up to the next first-level heading. */
    private static List<Block> section(Document d) {
        List<Block> blocks = new ArrayList<>();
        boolean in = false;
        for (Block b : d.blocks()) {
            if (b instanceof Heading h && h.level() == 1) {
                if (in) break;
                in = h.text().startsWith("New since") || h.text().contains("\u65b0\u7d00\u9304");
            }
            if (in) blocks.add(b);
        }
        assertFalse(blocks.isEmpty(), "the section is printed");
        return blocks;
    }

    private static List<Paragraph> items(List<Block> section) {
        return section.stream().filter(BulletList.class::isInstance).flatMap(b -> ((BulletList) b).items().stream())
                .toList();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void aPackMadeAgainstAnOlderDatasetListsExactlyThisCountrysNewRecords() throws IOException {
        EarlierVersion old = EarlierVersion.of(NEW, "LV");
        Pack pack = pack("LV", BriefLanguage.ENGLISH, SectionKind.EARLIER_DATASET);
        Document document = compose(NEW, pack, old.dataset());
        List<Paragraph> items = items(section(document));
        assertEquals(2, items.size(), "the added action and the changed one: " + items);
        for (Paragraph item : items) assertFalse(item.citations().isEmpty(), "sourced: " + item);

        byte[] pdf = new PackExporter().render(NEW, pack, "campaign.json", null, CREATED, Output.FULL,
                ExportOptions.STANDARD.withEarlier(new PackComposer.Earlier("old.json", old.dataset())));
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = oneLine(new PDFTextStripper().getText(doc));
        }
        int start = text.lastIndexOf("New since 2025-12-01");
        int end = text.indexOf("The ask", start);
        assertTrue(start >= 0 && end > start, "the section and the one after it are printed");
        String printed = text.substring(start, end);

        SupportAction added = NEW.actions().stream().filter(a -> a.id().equals(old.added().get(0))).findFirst().orElseThrow();
        SupportAction changed = NEW.actions().stream().filter(a -> a.id().equals(old.changed())).findFirst().orElseThrow();
        assertTrue(printed.contains(added.date() + " Latvia: Legislative letter"), printed);
        assertTrue(printed.contains("Latvia: Other") && printed.contains("(updated: summary)"), printed);
        assertTrue(printed.matches("(?s).*Legislative letter, [^\\[]*\\[\\d+(, \\d+)*\\].*"), "cited: " + printed);
        assertTrue(printed.matches("(?s).*\\(updated: summary\\)[\\s\\u00a0]*\\[\\d+(, \\d+)*\\].*"), "cited: " + printed);
        assertTrue(printed.contains("One record concerning Latvia in the earlier dataset has since been withdrawn"), printed);
        assertFalse(printed.contains("A claim since withdrawn"), "a withdrawn claim is not repeated");
        for (String other : old.othersAdded()) {
            SupportAction a = NEW.actions().stream().filter(x -> x.id().equals(other)).findFirst().orElseThrow();
            String name = NEW.country(a.country()).orElseThrow().name();
            assertFalse(printed.contains(name + ":"), "another country's record is not listed: " + name);
        }
    }

    @Test
    void nothingNewIsSaidInOneSentence() {
        List<Block> section = section(compose(NEW, pack("LV", BriefLanguage.ENGLISH, SectionKind.EARLIER_DATASET), NEW));
        assertTrue(items(section).isEmpty());
        List<String> sentences = section.stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()).toList();
        assertTrue(sentences.contains("No record concerning Latvia has been added or changed since 2026-11-23."),
                sentences.toString());
        assertFalse(sentences.stream().anyMatch(s -> s.contains("withdrawn")), "nothing withdrawn, nothing said");
    }

    @Test
    void sinceTheLastAssemblyListsOnlyTheCountrysRecordsDatedAfterItEnded() {
        List<SupportAction> actions = new ArrayList<>(NEW.actions());
        SupportAction lv = NEW.actions().stream().filter(a -> "LV".equals(a.country())).findFirst().orElseThrow();
        SupportAction other = NEW.actions().stream().filter(a -> "US".equals(a.country())).findFirst().orElseThrow();
        actions.add(dated(lv, "act-2026-lv-after", "2026-02-10"));
        actions.add(dated(lv, "act-2025-lv-month", "2025-11")); // the month the 93rd ended in: it may not be after
        actions.add(dated(other, "act-2026-us-after", "2026-03"));
        Dataset current = RecordKind.ACTIONS.with(NEW, actions);

        List<Block> section = section(compose(current, pack("LV", BriefLanguage.ENGLISH, SectionKind.LAST_ASSEMBLY), null));
        Heading heading = (Heading) section.get(0);
        assertEquals("New since the 93rd General Assembly", heading.text());
        List<Paragraph> items = items(section);
        assertEquals(1, items.size(), items.toString());
        assertEquals("2026-02-10", items.get(0).label());
        assertFalse(items.get(0).citations().isEmpty());

        List<Block> none = section(compose(NEW, pack("LV", BriefLanguage.ENGLISH, SectionKind.LAST_ASSEMBLY), null));
        assertTrue(none.stream().anyMatch(b -> b instanceof Paragraph p
                && p.text().equals("No record concerning Latvia is dated after the 93rd General Assembly.")), none.toString());
    }

    private static SupportAction dated(SupportAction a, String id, String date) {
        return new SupportAction(id, a.country(), null, null, PartialDate.parse(date), a.actor(), a.actorRole(),
                a.actorType(), a.kind(), a.summary(), null, a.evidence(), null, a.sources());
    }

    @Test
    void anEarlierDatasetThatCouldNotBeReadIsSaidNotGuessed() {
        List<Block> section = section(compose(NEW, pack("LV", BriefLanguage.ENGLISH, SectionKind.EARLIER_DATASET), null));
        assertTrue(items(section).isEmpty());
        assertTrue(section.stream().anyMatch(b -> b instanceof Callout c && c.text().contains("old.json could not be read")),
                section.toString());
    }

    @Test
    void theSectionIsOffByDefaultInEveryTemplate() {
        for (Template t : Template.values()) {
            PackSection s = Pack.of("LV", t).section(SectionKind.NEW_SINCE);
            assertNotNull(s, t.toString());
            assertFalse(s.included(), t.toString());
            assertEquals(SectionKind.LAST_ASSEMBLY, s.option(SectionKind.BASELINE));
        }
    }

    @ParameterizedTest
    @EnumSource(value = BriefLanguage.class, names = {"TRADITIONAL_CHINESE", "BILINGUAL"})
    void chineseBriefsWithTheSectionPrintNoUnmarkedEnglish(BriefLanguage language) throws IOException {
        EarlierVersion old = EarlierVersion.of(NEW, "LV");
        Document d = compose(NEW, pack("LV", language, SectionKind.EARLIER_DATASET), old.dataset());
        List<Block> section = section(d);
        List<String> texts = new ArrayList<>();
        for (Block b : section) {
            if (b instanceof Heading h) {
                texts.add(h.text());
                if (language == BriefLanguage.BILINGUAL) assertEquals("New since 2025-12-01", h.translation());
            }
            if (b instanceof Paragraph p) texts.add(p.text());
            if (b instanceof Callout c) texts.add(c.text());
        }
        items(section).forEach(p -> texts.add(p.text()));
        assertEquals(2, items(section).size());
        for (String text : texts) {
            boolean chinese = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            boolean prose = text.matches("(?s).*[A-Za-z]+( [A-Za-z,;’'()-]+){4}.*");
            assertTrue(chinese || !prose || text.contains("\u3014"), language + ": unmarked English: " + text);
        }
        byte[] pdf = new PackExporter().render(NEW, pack("LV", language, SectionKind.EARLIER_DATASET), "campaign.json",
                null, CREATED, Output.FULL, ExportOptions.STANDARD.withEarlier(new PackComposer.Earlier("old.json", old.dataset())));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = oneLine(new PDFTextStripper().getText(doc));
            assertTrue(text.contains("自2025-12-01以來的新紀錄"), "the heading prints in Chinese");
            assertTrue(text.contains("（已更新：摘要）"), "what changed, in Chinese");
        }
    }
}
