package org.attache.core.pdf;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.attache.core.chart.ChartDescription;
import org.attache.core.chart.ChartPoint;
import org.attache.core.chart.ChartSeries;
import org.attache.core.chart.ChartSpec;
import org.attache.core.document.ChartBlock;
import org.attache.core.document.Document;
import org.attache.core.document.Heading;
import org.attache.core.document.Table;
import org.attache.core.pack.BriefLanguage;
import org.attache.core.pack.Pack;
import org.attache.core.pack.SectionKind;
import org.attache.core.pack.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaggedPdfTest {

    @ParameterizedTest
    @ValueSource(strings = {"LV", "US"})
    void theStructureTreeHoldsEveryHeadingOfTheContentsInOrder(String country) throws IOException {
        Pack pack = PdfPacks.pack(country, Template.MINISTERIAL);
        Document document = PdfPacks.document(pack);
        try (TagReadBack tags = new TagReadBack(PdfPacks.render(pack, country + "-tagged"))) {
            assertTrue(tags.pdf.getDocumentCatalog().getMarkInfo().isMarked());
            assertEquals("Document", tags.elements.get(0).getStructureType());

            // The contents' own title, as the bookmarks list it, then every section, each read as the text it shows.
            List<String> expected = new ArrayList<>(List.of("Contents"));
            document.sections().forEach(h -> expected.add(h.text() + h.translation()));
            List<String> h1 = tags.all("H1").stream().map(tags::text).toList();
            assertEquals(expected.stream().map(TagReadBack::squash).toList(), h1.stream().map(TagReadBack::squash).toList());

            // Every heading of the flow, whatever its level, in the order the document gives them.
            List<String> headings = document.blocks().stream().filter(b -> b instanceof Heading).map(Heading.class::cast)
                    .map(h -> "H" + h.level() + " " + TagReadBack.squash(h.text() + h.translation())).toList();
            List<String> tagged = tags.elements.stream().filter(e -> e.getStructureType().matches("H[1-3]")).skip(1)
                    .map(e -> e.getStructureType() + " " + TagReadBack.squash(tags.text(e))).toList();
            assertEquals(headings, tagged);

            // The contents is a table of contents whose entries each link to their section's page.
            List<PDStructureElement> entries = tags.all("TOCI");
            assertEquals(document.sections().size(), entries.size());
            for (int i = 0; i < entries.size(); i++) {
                assertTrue(TagReadBack.squash(tags.text(entries.get(i))).startsWith(
                        TagReadBack.squash(document.sections().get(i).listed())), tags.text(entries.get(i)));
            }
        }
    }

    @Test
    void everyChartIsAFigureWhoseAlternativeTextSaysItsData() throws IOException {
        Pack pack = PdfPacks.pack("LV", Template.MINISTERIAL);
        List<ChartSpec> charts = PdfPacks.document(pack).blocks().stream().filter(b -> b instanceof ChartBlock)
                .map(b -> ((ChartBlock) b).chart()).toList();
        assertFalse(charts.isEmpty());
        try (TagReadBack tags = new TagReadBack(PdfPacks.render(pack, "LV-figures"))) {
            List<PDStructureElement> figures = tags.all("Figure");
            assertEquals(charts.size(), figures.size());
            for (int i = 0; i < charts.size(); i++) {
                ChartSpec chart = charts.get(i);
                String alt = figures.get(i).getAlternateDescription();
                assertEquals(ChartDescription.of(chart), alt);
                assertTrue(alt.startsWith(chart.title()), alt);
                // every value the chart draws, with its year; every year, said with its values or without
                for (ChartSeries s : chart.series()) {
                    for (int k = 0; k < chart.categories().size(); k++) {
                        ChartPoint p = s.points().get(k);
                        String year = chart.categories().get(k).label();
                        if (p.hasValue()) assertTrue(alt.contains(s.name() + ": ") && alt.contains(year + " " + p.label()),
                                s.name() + " " + year + " in " + alt);
                        assertTrue(alt.contains(year), year + " in " + alt);
                    }
                }
                assertFalse(tags.marks(figures.get(i)).isEmpty(), "the figure marks the chart it stands for");
            }
        }
    }

    @Test
    void tablesNameTheirColumnsInHeaderCells() throws IOException {
        Pack pack = PdfPacks.pack("US", Template.MINISTERIAL);
        List<Table> tables = PdfPacks.document(pack).blocks().stream().filter(b -> b instanceof Table)
                .map(Table.class::cast).toList();
        assertFalse(tables.isEmpty());
        try (TagReadBack tags = new TagReadBack(PdfPacks.render(pack, "US-tables"))) {
            List<PDStructureElement> tagged = tags.all("Table");
            assertEquals(tables.size(), tagged.size());
            for (int t = 0; t < tables.size(); t++) {
                List<PDStructureElement> rows = kids(tagged.get(t));
                assertTrue(rows.stream().allMatch(r -> r.getStructureType().equals("TR")));
                assertEquals(tables.get(t).rows().size() + 1, rows.size(), "a header and the rows, the repeated headers left out");
                List<PDStructureElement> header = kids(rows.get(0));
                assertEquals(tables.get(t).header(), header.stream().map(tags::text).map(String::strip).toList());
                for (PDStructureElement th : header) {
                    assertEquals("TH", th.getStructureType());
                    assertEquals(PDTableAttributeObject.SCOPE_COLUMN, scope(th));
                }
                for (PDStructureElement row : rows.subList(1, rows.size())) {
                    List<PDStructureElement> cells = kids(row);
                    assertEquals(tables.get(t).header().size(), cells.size());
                    assertTrue(cells.stream().allMatch(c -> c.getStructureType().equals("TD")));
                }
            }
        }
    }

    @Test
    void listsAreListsOfItemsWithALabelAndABody() throws IOException {
        Pack pack = PdfPacks.pack("LV", Template.MINISTERIAL);
        try (TagReadBack tags = new TagReadBack(PdfPacks.render(pack, "LV-lists"))) {
            List<PDStructureElement> lists = tags.all("L");
            assertFalse(lists.isEmpty());
            for (PDStructureElement list : lists) {
                for (PDStructureElement item : kids(list)) {
                    assertEquals("LI", item.getStructureType());
                    List<String> parts = kids(item).stream().map(PDStructureElement::getStructureType).toList();
                    assertEquals("LBody", parts.get(parts.size() - 1), parts.toString());
                    assertTrue(parts.equals(List.of("LBody")) || parts.equals(List.of("Lbl", "LBody")), parts.toString());
                }
            }
            // the sources: each numbered source a labelled item
            PDStructureElement sources = lists.get(lists.size() - 1);
            PDStructureElement first = kids(sources).get(0);
            assertEquals("1.", tags.text(kids(first).get(0)).strip());
        }
    }

    @Test
    void everyLinkIsALinkElementThatSaysWhereItLeads() throws IOException {
        Pack pack = PdfPacks.pack("LV", Template.MINISTERIAL);
        try (TagReadBack tags = new TagReadBack(PdfPacks.render(pack, "LV-links"))) {
            var parentTree = tags.pdf.getDocumentCatalog().getStructureTreeRoot().getParentTree();
            int links = 0;
            for (PDPage page : tags.pdf.getPages()) {
                if (page.getAnnotations().isEmpty()) continue;
                assertEquals(COSName.S, page.getCOSObject().getCOSName(COSName.getPDFName("Tabs")));
                for (PDAnnotation a : page.getAnnotations()) {
                    assertNotNull(a.getContents());
                    assertFalse(a.getContents().isBlank());
                    var parent = (COSObjectable) parentTree.getValue(a.getStructParent());
                    COSDictionary element = (COSDictionary) parent.getCOSObject();
                    assertEquals("Link", element.getNameAsString(COSName.S));
                    links++;
                }
            }
            assertTrue(links > 20, "citations and contents entries link: " + links);
        }
    }

    @Test
    void theRunningHeadAndFootAreNotReadAsText() throws IOException {
        Pack pack = PdfPacks.pack("LV", Template.MINISTERIAL);
        Document document = PdfPacks.document(pack);
        try (TagReadBack tags = new TagReadBack(PdfPacks.render(pack, "LV-furniture"))) {
            int pages = tags.pdf.getNumberOfPages();
            String all = String.join("\n", tags.taggedTexts());
            for (int i = 1; i <= pages; i++) assertFalse(all.contains(document.words().page(i, pages)), "page " + i);
            assertFalse(all.contains(document.words().footer()));
            assertEquals(1, count(all, "RESTRICTED"), "the marking is read once, from the cover");
        }
    }

    @Test
    void withoutACoverTheMarkingIsTheFirstThingRead() throws IOException {
        Pack pack = PdfPacks.pack("LV", Template.MINISTERIAL);
        pack = pack.withSections(pack.sections().stream()
                .map(s -> s.kind() == SectionKind.COVER ? s.withIncluded(false) : s).toList());
        try (TagReadBack tags = new TagReadBack(PdfPacks.render(pack, "LV-no-cover"))) {
            assertEquals("RESTRICTED", tags.text(tags.elements.get(1)).strip());
        }
    }

    @Test
    void aParagraphSplitAcrossPagesIsOneParagraphMarkedOnBothPages() throws IOException {
        Pack pack = PdfPacks.pack("US", Template.MINISTERIAL);
        try (TagReadBack tags = new TagReadBack(PdfPacks.render(pack, "US-split"))) {
            boolean split = false;
            for (String type : List.of("P", "LBody")) {
                for (PDStructureElement p : tags.all(type)) {
                    Set<Integer> pages = tags.marks(p).stream().map(TagReadBack.Mark::page).collect(Collectors.toSet());
                    split |= pages.size() > 1;
                }
            }
            assertTrue(split, "some paragraph runs onto a second page");
        }
    }

    @Test
    void inABilingualBriefTheEnglishIsSaidToBeEnglish() throws IOException {
        Pack pack = PdfPacks.pack("LV", Template.MINISTERIAL).withLanguage(BriefLanguage.BILINGUAL);
        Document document = PdfPacks.document(pack);
        try (TagReadBack tags = new TagReadBack(PdfPacks.render(pack, "LV-bilingual-tagged"))) {
            assertEquals("zh-Hant", tags.pdf.getDocumentCatalog().getLanguage());
            List<String> english = tags.all("Span").stream().filter(e -> "en".equals(e.getLanguage()))
                    .map(tags::text).map(TagReadBack::squash).toList();
            List<Heading> translated = document.sections().stream().filter(h -> !h.translation().isEmpty()).toList();
            assertFalse(translated.isEmpty());
            for (Heading h : translated) assertTrue(english.contains(TagReadBack.squash(h.translation())), h.translation());
            for (PDStructureElement h1 : tags.all("H1")) assertNull(h1.getLanguage(), "a heading is in the brief's language");
        }
    }

    private static List<PDStructureElement> kids(PDStructureElement e) {
        return e.getKids().stream().filter(k -> k instanceof PDStructureElement).map(PDStructureElement.class::cast).toList();
    }

    private static String scope(PDStructureElement th) {
        var attributes = th.getAttributes();
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.getObject(i) instanceof PDTableAttributeObject t) return t.getScope();
        }
        return null;
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) n++;
        return n;
    }
}
