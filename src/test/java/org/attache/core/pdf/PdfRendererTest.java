package org.attache.core.pdf;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.attache.core.document.Document;
import org.attache.core.document.Heading;
import org.attache.core.document.SourceList;
import org.attache.core.pack.Pack;
import org.attache.core.pack.PaperSize;
import org.attache.core.pack.SectionKind;
import org.attache.core.pack.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PdfRendererTest {
    private static final Pattern CITATION = Pattern.compile("\\[(\\d+(?:,\\s+\\d+)*)]");

    @ParameterizedTest
    @CsvSource({"US, MINISTERIAL", "NL, PARLIAMENTARY", "LV, POLICE", "LV, MINISTERIAL", "TR, MINISTERIAL"})
    void packsReadBackWithContentsMarkingsCitationsAndFonts(String country, Template template) throws IOException {
        Pack pack = PdfPacks.pack(country, template);
        Document document = PdfPacks.document(pack);
        byte[] bytes = PdfPacks.render(pack, country + "-" + template.json());
        try (PdfReadBack pdf = new PdfReadBack(bytes)) {
            int pages = pdf.pdf.getNumberOfPages();
            assertTrue(pages >= 4, "cover, contents and sections: " + pages);

            // The protective marking heads and foots every page (the cover names it once more), and every page says
            // "Page x of y".
            for (int i = 1; i <= pages; i++) {
                String text = pdf.page(i);
                assertEquals(i == 1 ? 3 : 2, count(text, "RESTRICTED"), "marking at head and foot of page " + i);
                assertTrue(text.contains("Page " + i + " of " + pages), "page number on page " + i);
            }

            // The contents lists every section with the page it really starts on.
            List<Heading> sections = document.sections();
            String contents = pdf.page(2);
            assertTrue(contents.startsWith("Contents") || contents.contains("\nContents"), contents);
            for (Heading h : sections) {
                Matcher m = Pattern.compile(Pattern.quote(h.text()) + "\\s*(\\d+)\\s*$", Pattern.MULTILINE).matcher(contents);
                assertTrue(m.find(), "contents entry for " + h.text() + " in\n" + contents);
                int page = Integer.parseInt(m.group(1));
                assertTrue(pdf.page(page).contains(h.text()), h.text() + " is on page " + page);
                assertFalse(page > 3 && pdf.page(page - 1).contains(h.text() + "\n") && !h.text().equals("Sources"),
                        h.text() + " starts on " + page);
            }

            // Bookmarks: the contents, then one per section, in order.
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : pdf.pdf.getDocumentCatalog().getDocumentOutline().children()) outline.add(item.getTitle());
            List<String> expected = new ArrayList<>(List.of("Contents"));
            sections.forEach(h -> expected.add(h.text()));
            assertEquals(expected, outline);

            // Every citation number printed resolves to an entry of the sources list.
            List<SourceList.SourceNote> notes = document.blocks().stream().filter(b -> b instanceof SourceList)
                    .map(b -> ((SourceList) b).notes()).findFirst().orElseThrow();
            Set<Integer> cited = new TreeSet<>();
            Matcher m = CITATION.matcher(pdf.all());
            while (m.find()) for (String n : m.group(1).split(",\\s+")) cited.add(Integer.parseInt(n));
            assertFalse(cited.isEmpty());
            assertEquals(notes.size(), cited.size(), "every source listed is cited and every citation listed");
            assertEquals(notes.size(), (int) ((TreeSet<Integer>) cited).last());
            String sourcesText = pdf.all().substring(pdf.all().lastIndexOf("Sources"));
            for (SourceList.SourceNote note : notes) {
                assertTrue(sourcesText.contains(note.number() + ". "), "source " + note.number() + " listed");
            }

            // Citation marks link to their source note; contents entries link to pages.
            long links = 0;
            for (PDPage page : pdf.pdf.getPages()) {
                links += page.getAnnotations().stream().filter(a -> a instanceof PDAnnotationLink).count();
            }
            assertTrue(links >= sections.size() + notes.size() / 2, "links: " + links);

            // Every font is embedded.
            for (PDPage page : pdf.pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                }
            }

            // Words that fonts like to set as ligatures come back letter for letter.
            assertTrue(pdf.all().contains("Affairs"), "ff stays letters");
            assertTrue(Pattern.compile("[a-z]fi[a-z]").matcher(pdf.all()).find(), "fi stays letters");
            assertTrue(pdf.all().contains("Constitution"), "ti stays letters");

            // Names with diacritics come back intact.
            assertTrue(pdf.page(1).contains("Jānis Bērziņš"), pdf.page(1));
            assertTrue(pdf.page(1).contains("Rīga"));

            // No glyph outside the page margins (the running header and footer sit in the margin, not beyond it).
            float width = pdf.pdf.getPage(0).getMediaBox().getWidth();
            for (PdfReadBack.Glyph g : pdf.glyphs) {
                assertTrue(g.x() >= PageStyle.MARGIN_LEFT - 0.5f && g.x() + g.width() <= width - PageStyle.MARGIN_RIGHT + 0.5f,
                        "glyph '" + g.text() + "' on page " + g.page() + " at x=" + g.x());
            }

            // Section headings never sit at the foot of a page.
            float height = pdf.pdf.getPage(0).getMediaBox().getHeight();
            for (Heading h : sections) {
                float y = headingY(pdf, h.text());
                assertTrue(y < height - PageStyle.MARGIN_BOTTOM - 60, h.text() + " at " + y);
            }

            var info = pdf.pdf.getDocumentInformation();
            assertEquals(document.title(), info.getTitle());
            assertEquals(document.subject(), info.getSubject());
            assertEquals("Attaché", info.getAuthor());
            assertEquals(PdfPacks.CREATED.toInstant(), info.getCreationDate().toInstant());
            assertEquals("en", pdf.pdf.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void aCountryNameWithDiacriticsPrintsIntact() throws IOException {
        try (PdfReadBack pdf = new PdfReadBack(PdfPacks.render(PdfPacks.pack("TR", Template.MINISTERIAL), "TR-names"))) {
            assertTrue(pdf.page(1).contains("Türkiye"));
            assertTrue(pdf.all().contains("Record of Türkiye by assembly"));
        }
    }

    @Test
    void theSamePackGivesTheSameBytes() throws IOException {
        Pack pack = PdfPacks.pack("NL", Template.MINISTERIAL);
        assertArrayEquals(new PdfRenderer().render(PdfPacks.document(pack)), new PdfRenderer().render(PdfPacks.document(pack)));
    }

    /** The file identifier follows what the pack says: another country, another identifier; the same pack, the same. */
    @Test
    void theFileIdentifierFollowsTheContent() throws IOException {
        byte[] nl = new PdfRenderer().render(PdfPacks.document(PdfPacks.pack("NL", Template.MINISTERIAL)));
        byte[] nlAgain = new PdfRenderer().render(PdfPacks.document(PdfPacks.pack("NL", Template.MINISTERIAL)));
        byte[] be = new PdfRenderer().render(PdfPacks.document(PdfPacks.pack("BE", Template.MINISTERIAL)));
        byte[] police = new PdfRenderer().render(PdfPacks.document(PdfPacks.pack("NL", Template.POLICE)));
        assertEquals(fileId(nl), fileId(nlAgain));
        assertNotEquals(fileId(nl), fileId(be));
        assertNotEquals(fileId(nl), fileId(police));
    }

    private static String fileId(byte[] pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.apache.pdfbox.cos.COSArray id = doc.getDocument().getDocumentID();
            assertEquals(2, id.size());
            String first = java.util.HexFormat.of().formatHex(((org.apache.pdfbox.cos.COSString) id.getObject(0)).getBytes());
            assertEquals(32, first.length(), "16 bytes");
            return first;
        }
    }

    @Test
    void aLongRecordSplitsItsTableAcrossPagesRepeatingTheHeader() throws IOException {
        try (PdfReadBack pdf = new PdfReadBack(PdfPacks.render(PdfPacks.pack("US", Template.MINISTERIAL), "US-table"))) {
            int pagesWithHeader = 0;
            for (String page : pdf.pages) if (page.contains("Assembly Date Who Kind What was done")) pagesWithHeader++;
            assertTrue(pagesWithHeader >= 2, "header repeated: " + pagesWithHeader);
            for (int i = 1; i < pdf.pages.size(); i++) {
                String page = pdf.pages.get(i);
                int header = page.indexOf("Assembly Date Who Kind What was done");
                if (header < 0 || pdf.pages.get(i - 1).indexOf("Assembly Date Who Kind What was done") < 0) continue;
                String firstRow = page.substring(header).split("\n")[1];
                assertTrue(firstRow.matches("(\\d+(st|nd|rd|th)[ ,]|2020).*"), "a continued page names its assembly: " + firstRow);
            }
        }
    }

    @Test
    void letterPaperGivesLetterPages() throws IOException {
        Pack pack = PdfPacks.pack("LV", Template.POLICE).withPaper(PaperSize.LETTER);
        try (PdfReadBack pdf = new PdfReadBack(PdfPacks.render(pack, "LV-letter"))) {
            for (PDPage page : pdf.pdf.getPages()) {
                assertEquals(612f, page.getMediaBox().getWidth(), 0.01);
                assertEquals(792f, page.getMediaBox().getHeight(), 0.01);
            }
        }
    }

    @Test
    void sectionsPrintInThePacksOrderAndUntickedOnesAreLeftOut() throws IOException {
        Pack pack = PdfPacks.pack("NL", Template.MINISTERIAL).withNotes("Thank the minister for the 2024 resolution.");
        int asks = indexOf(pack, SectionKind.ASK);
        pack = pack.withSectionMoved(asks, pack.sections().size() - 2);
        pack = pack.withSectionReplaced(indexOf(pack, SectionKind.CASES), pack.section(SectionKind.CASES).withIncluded(false));
        try (PdfReadBack pdf = new PdfReadBack(PdfPacks.render(pack, "NL-reordered"))) {
            assertFalse(pdf.all().contains("Cases relevant to the Netherlands"));
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : pdf.pdf.getDocumentCatalog().getDocumentOutline().children()) outline.add(item.getTitle());
            assertEquals(List.of("Contents", "Summary", "Record of the Netherlands by assembly",
                    "Worldwide support, assembly by assembly", "Acts of support by the Netherlands, by assembly",
                    "Talking points for the Netherlands", "If they say",
                    "INTERPOL Constitution, Articles 2 and 3", "Taiwan\u2019s policing capabilities", "Notes", "The ask",
                    "Sources"), outline);
            assertTrue(pdf.all().lastIndexOf("The ask") > pdf.all().lastIndexOf("Thank the minister for the 2024"));
        }
    }

    @Test
    void aMarkingAsLongAsAllowedStaysOnOneLineInsideTheMargins() throws IOException {
        Pack pack = PdfPacks.pack("LV", Template.POLICE).withClassification("x".repeat(30) + " " + "y".repeat(29));
        try (PdfReadBack pdf = new PdfReadBack(PdfPacks.render(pack, "LV-long-marking"))) {
            assertTrue(pdf.page(3).contains(pack.classification()));
        }
    }

    @Test
    void longFiguresAddressesAndWordsStayWholeAndInsideTheMargins() throws IOException {
        Document base = PdfPacks.document(PdfPacks.pack("LV", Template.POLICE));
        String url = "https://example.invalid/" + "a-very-long-path-segment/".repeat(12);
        List<org.attache.core.document.Block> blocks = List.of(
                new Heading(1, "Edge cases"),
                new org.attache.core.document.KeyFigures(List.of(
                        new org.attache.core.document.KeyFigures.KeyFigure("123,456,789,012+", "units of a very long unit name",
                                "A figure far wider than its box.", List.of()),
                        new org.attache.core.document.KeyFigures.KeyFigure("7", "units", "Short.", List.of()))),
                org.attache.core.document.Paragraph.of("An address with no spaces: " + url),
                new org.attache.core.document.Table(List.of("A", "B"), List.of(1f, 1f),
                        List.of(List.of(org.attache.core.document.Paragraph.of("x".repeat(300)),
                                org.attache.core.document.Paragraph.of("short"))), false, ""));
        Document edge = new Document(base.title(), base.subject(), base.author(), base.language(), base.classification(),
                base.runningTitle(), base.paper(), base.created(), null, false, blocks, base.words());
        try (PdfReadBack pdf = new PdfReadBack(new PdfRenderer().render(edge))) {
            float width = pdf.pdf.getPage(0).getMediaBox().getWidth();
            for (PdfReadBack.Glyph g : pdf.glyphs) {
                assertTrue(g.x() >= PageStyle.MARGIN_LEFT - 0.5f && g.x() + g.width() <= width - PageStyle.MARGIN_RIGHT + 0.5f,
                        "glyph '" + g.text() + "' at x=" + g.x());
            }
            String text = pdf.all().replaceAll("\\s", "");
            assertTrue(text.contains("123,456,789,012+"), "the figure is whole");
            assertTrue(text.contains(url.replace("https://", "")), "the address is whole, broken across lines");
            assertTrue(text.contains("x".repeat(300)), "the long word is whole");
        }
    }

    /**
     * Columns take the room their content needs, whatever relative widths the composer suggested: a date column is
     * as wide as a date, a name is never cut inside a word, and the long text gets the rest.
     */
    @Test
    void tableColumnsAreSizedToTheirContent() throws IOException {
        Document base = PdfPacks.document(PdfPacks.pack("LV", Template.POLICE));
        org.attache.core.document.Paragraph what = org.attache.core.document.Paragraph.of(
                "Wrote to the executive branch asking it to take concrete steps to help Taiwan take part in INTERPOL. ".repeat(3));
        List<org.attache.core.document.Block> blocks = List.of(new org.attache.core.document.Table(
                List.of("Date", "Who", "Summary"), List.of(1f, 1f, 1f),
                List.of(List.of(org.attache.core.document.Paragraph.of("2021-11-09"),
                        org.attache.core.document.Paragraph.of("Representatives"), what)), false, ""));
        Document table = new Document(base.title(), base.subject(), base.author(), base.language(), base.classification(),
                base.runningTitle(), base.paper(), base.created(), null, false, blocks, base.words());
        try (PdfReadBack pdf = new PdfReadBack(new PdfRenderer().render(table))) {
            float measure = pdf.pdf.getPage(0).getMediaBox().getWidth() - PageStyle.MARGIN_LEFT - PageStyle.MARGIN_RIGHT;
            float headerY = (float) pdf.glyphs.stream().filter(g -> g.yFromTop() > PageStyle.MARGIN_TOP - 10)
                    .mapToDouble(PdfReadBack.Glyph::yFromTop).min().orElseThrow();
            List<PdfReadBack.Glyph> header = pdf.glyphs.stream().filter(g -> Math.abs(g.yFromTop() - headerY) < 0.5f).toList();
            float who = header.stream().filter(g -> g.text().equals("W")).findFirst().orElseThrow().x();
            float summary = header.stream().filter(g -> g.text().equals("S")).findFirst().orElseThrow().x();
            assertTrue(who - PageStyle.MARGIN_LEFT < measure / 5, "the date column is about a date wide: " + who);
            assertTrue(summary - who < measure / 4, "the name column is about a name wide: " + (summary - who));
            String page = pdf.page(1);
            assertTrue(page.contains("2021-11-09\n") || page.contains("2021-11-09 "), "the date on one line: " + page);
            assertTrue(page.contains("Representatives"), "the name is not cut inside: " + page);
        }
    }

    /** Numbered paragraphs: 1, 2, 3 ... in reading order, in the left margin, and nothing there otherwise. */
    @Test
    void numberedParagraphsRunInOrderInTheMargin() throws IOException {
        List<Integer> numbers = marginNumbers(PdfPacks.pack("LV", Template.MINISTERIAL).withNumbered(true), "LV-numbered");
        assertTrue(numbers.size() > 30, "a number for every paragraph and item: " + numbers);
        for (int i = 0; i < numbers.size(); i++) assertEquals(i + 1, numbers.get(i), "in order: " + numbers);
        assertEquals(List.of(), marginNumbers(PdfPacks.pack("LV", Template.MINISTERIAL), "LV-plain"));
    }

    /** The numbers set left of the text's margin, page by page, top to bottom. */
    private static List<Integer> marginNumbers(Pack pack, String name) throws IOException {
        try (PdfReadBack pdf = new PdfReadBack(PdfPacks.render(pack, name))) {
            java.util.TreeMap<Integer, java.util.TreeMap<Float, StringBuilder>> lines = new java.util.TreeMap<>();
            for (PdfReadBack.Glyph g : pdf.glyphs) {
                if (g.x() + g.width() < PageStyle.MARGIN_LEFT - 2) {
                    lines.computeIfAbsent(g.page(), p -> new java.util.TreeMap<>())
                            .computeIfAbsent(g.yFromTop(), y -> new StringBuilder()).append(g.text());
                }
            }
            List<Integer> numbers = new java.util.ArrayList<>();
            lines.values().forEach(page -> page.values().forEach(n -> numbers.add(Integer.parseInt(n.toString()))));
            return numbers;
        }
    }

    /**
     * Chinese prints in the bundled Chinese face, embedded as a subset, and reads back intact; a character no
     * bundled font has is written as its code, never as a silent "?": the reader sees what is missing.
     */
    @Test
    void chinesePrintsAndACharacterNoFontHasIsShownAsItsCodeNotAsAQuestionMark() throws IOException {
        String counterpart = "\u4e2d\u83ef\u6c11\u570b\uff08\u81fa\u7063\uff09\u99d0\u62c9\u812b\u7dad\u4e9e\u4ee3\u8868\u8655";
        Pack pack = PdfPacks.pack("LV", Template.MINISTERIAL).withMeeting(new org.attache.core.pack.Meeting(
                java.time.LocalDate.of(2026, 11, 24), counterpart + " \u0928", "Minister", "R\u012bga", null))
                .withClassification("RESTRICTED \ud83d\ude00");
        byte[] bytes = PdfPacks.render(pack, "LV-missing-glyphs");
        try (PdfReadBack pdf = new PdfReadBack(bytes)) {
            String cover = pdf.page(1);
            assertTrue(cover.contains(counterpart), "the Chinese reads back intact: " + cover);
            assertTrue(cover.contains("[U+0928]"), cover);
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
                List<String> fonts = new java.util.ArrayList<>();
                var resources = doc.getPage(0).getResources();
                for (var name : resources.getFontNames()) {
                    var font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    fonts.add(font.getName());
                }
                assertTrue(fonts.stream().anyMatch(f -> f.matches("[A-Z]{6}\\+NotoSansTC.*")),
                        "the Chinese face is embedded as a subset: " + fonts);
            }
            assertTrue(cover.contains("R\u012bga"), "a character the font has prints as itself");
            assertTrue(cover.contains("[U+1F600]") && pdf.page(3).contains("[U+1F600]"), "the marking too, on every page");
            assertFalse(cover.contains("?"), "no silent question mark: " + cover);
        }
    }

    private static int indexOf(Pack pack, SectionKind kind) {
        for (int i = 0; i < pack.sections().size(); i++) if (pack.sections().get(i).kind() == kind) return i;
        throw new AssertionError(kind);
    }

    private static float headingY(PdfReadBack pdf, String heading) {
        StringBuilder run = new StringBuilder();
        List<PdfReadBack.Glyph> glyphs = pdf.glyphs;
        for (int i = 0; i < glyphs.size(); i++) {
            run.setLength(0);
            int j = i;
            while (j < glyphs.size() && run.length() < heading.length()) run.append(glyphs.get(j++).text());
            if (run.toString().equals(heading.replace(" ", "")) || run.toString().equals(heading)) return glyphs.get(i).yFromTop();
        }
        return 0;
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) n++;
        return n;
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"AU", "US", "NL", "PY", "GB", "JP"})
    void aTableHeaderNeverStandsAloneAtTheFootOfAPage(String country) throws IOException {
        try (PdfReadBack pdf = new PdfReadBack(PdfPacks.render(org.attache.core.pack.Pack.of(country, Template.MINISTERIAL),
                country + "-headers"))) {
            for (int page = 1; page <= pdf.pages.size(); page++) {
                String text = pdf.page(page);
                int header = text.lastIndexOf("What was done");
                if (header < 0) continue;
                String after = text.substring(header + "What was done".length()).replaceAll("Prepared .*", "");
                assertTrue(after.matches("(?s).*\\S.*\\S.*\\S.*"), country + " page " + page + ": a header with no row under it");
                assertTrue(Pattern.compile("\\[\\d").matcher(after).find(), country + " page " + page + ": no cited row after the header");
            }
        }
    }

    @Test
    void casesOfTheRegionAloneSayThatNoneInvolvesTheCountryItself() throws IOException {
        try (PdfReadBack pdf = new PdfReadBack(PdfPacks.render(PdfPacks.pack("LV", Template.MINISTERIAL), "LV-cases"))) {
            String text = pdf.all().replaceAll("\\s+", " ");
            assertTrue(text.contains("No case involves Latvia itself; those below involve other countries of its region."));
            assertTrue(text.contains("First joint evidence collection with Belgium"));
        }
        try (PdfReadBack pdf = new PdfReadBack(PdfPacks.render(PdfPacks.pack("JP", Template.MINISTERIAL), "JP-cases"))) {
            assertFalse(pdf.all().contains("No case involves Japan itself"), "Kumamoto names Japan");
        }
    }

    @Test
    void aNotesSectionWithNothingWrittenIsLeftOut() throws IOException {
        Pack pack = PdfPacks.pack("NL", Template.MINISTERIAL);
        assertTrue(pack.section(SectionKind.NOTES).included(), "the template ticks Notes");
        try (PdfReadBack pdf = new PdfReadBack(PdfPacks.render(pack, "NL-no-notes"))) {
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : pdf.pdf.getDocumentCatalog().getDocumentOutline().children()) outline.add(item.getTitle());
            assertFalse(outline.contains("Notes"), outline.toString());
        }
        try (PdfReadBack pdf = new PdfReadBack(PdfPacks.render(pack.withNotes("Ask about the 94th."), "NL-notes"))) {
            assertTrue(pdf.all().contains("Ask about the 94th."));
        }
    }

    @Test
    void aChartOfOneYearIsSmallAndAChartOfManyYearsSpansThePage() throws IOException {
        try (PdfReadBack pdf = new PdfReadBack(PdfPacks.render(PdfPacks.pack("US", Template.MINISTERIAL), "US-chart-sizes"))) {
            List<Float> widths = new ArrayList<>();
            for (PDPage page : pdf.pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                        widths.add(form.getBBox().getWidth());
                    }
                }
            }
            float widest = widths.stream().max(Float::compare).orElseThrow();
            float narrowest = widths.stream().min(Float::compare).orElseThrow();
            assertTrue(widths.size() >= 4, "the growth charts and the country chart: " + widths);
            assertTrue(narrowest < widest * 0.5f, "the parliamentarians chart has one year: " + widths);
        }
    }

    @Test
    void theSummaryNamesTheNextAssemblyAndSaysWhenItsDatesAreNotYetAnnounced() throws IOException {
        Pack pack = PdfPacks.pack("LV", Template.MINISTERIAL);
        try (PdfReadBack pdf = new PdfReadBack(PdfPacks.render(pack, "LV-next"))) {
            String text = pdf.all().replaceAll("\\s+", " ");
            assertTrue(text.contains("Next: the 94th General Assembly, Hong Kong, 2026; its dates are not yet announced."), text);
            assertTrue(text.contains("Subject Taiwan and INTERPOL: the participation campaign"), "the cover's subject line");
        }
        java.time.ZonedDateTime later = PdfPacks.CREATED.plusYears(1);
        byte[] bytes = new PdfRenderer().render(new org.attache.core.export.PackExporter().compose(PdfPacks.DATASET, pack,
                "campaign.json", later));
        try (PdfReadBack pdf = new PdfReadBack(bytes)) {
            assertFalse(pdf.all().contains("Next: the"), "in 2027 the dataset knows of no later assembly");
        }
    }

    @Test
    void defensiveLinesSayWhatTheCounterpartMaySayAndOurAnswerApartFromTheTalkingPoints() throws IOException {
        try (PdfReadBack pdf = new PdfReadBack(PdfPacks.render(PdfPacks.pack("NL", Template.MINISTERIAL), "NL-defensive"))) {
            String text = pdf.all().replaceAll("\\s+", " ");
            int lines = text.lastIndexOf("If they say");
            int points = text.lastIndexOf("Talking points for the Netherlands");
            assertTrue(points >= 0 && lines > points, "the section follows the talking points");
            String section = text.substring(lines, text.indexOf("INTERPOL Constitution, Articles 2 and 3", lines));
            assertTrue(section.contains("They may say: INTERPOL\u2019s Secretary General has said that INTERPOL cannot grant "
                    + "Taiwan observer status."), section);
            assertTrue(section.contains("Our answer: Taiwan\u2019s asks go beyond observer status"), section);
            assertFalse(text.substring(points, lines).contains("They may say"), "no defensive line among the talking points");
        }
    }

    @Test
    void theAsksPutToTheCounterpartFollowTheKindOfMeetingAndRecallWhatTheCountryDidLastTime() throws IOException {
        String ministerial = text(PdfPacks.pack("PY", Template.MINISTERIAL), "PY-asks");
        assertTrue(ministerial.contains("What we ask of the government Speak up for Taiwan\u2019s participation at the next "
                + "General Assembly, as Paraguay did at the 93rd General Assembly, Marrakech, 2025"), ministerial);
        assertTrue(ministerial.contains("What Taiwan asks of INTERPOL Observer status at the General Assembly"));
        String parliament = text(PdfPacks.pack("NL", Template.PARLIAMENTARY), "NL-asks");
        assertTrue(parliament.contains("What we ask of parliamentarians"), parliament);
        assertTrue(parliament.contains("Write to INTERPOL\u2019s leadership, or move a resolution, in support"), parliament);
        assertFalse(parliament.contains("as the Netherlands did"), "the Netherlands did not act at the 93rd");
        String police = text(PdfPacks.pack("LV", Template.POLICE), "LV-asks");
        assertTrue(police.contains("Set up a police point of contact with Taiwan"), police);
        assertFalse(police.contains("What we ask of the government"));
        // Paraguay spoke up at the 93rd Assembly; it set up no police contact point there, so that ask recalls nothing
        String pyPolice = text(PdfPacks.pack("PY", Template.POLICE), "PY-police-asks");
        assertTrue(pyPolice.contains("Set up a police point of contact with Taiwan"), pyPolice);
        assertFalse(pyPolice.contains("as Paraguay did"), pyPolice);
        String pyParliament = text(PdfPacks.pack("PY", Template.PARLIAMENTARY), "PY-parliament-asks");
        assertFalse(pyParliament.contains("as Paraguay did"), pyParliament);
    }

    private static String text(Pack pack, String name) throws IOException {
        try (PdfReadBack pdf = new PdfReadBack(PdfPacks.render(pack, name))) {
            return pdf.all().replaceAll("\\s+", " ");
        }
    }

    @Test
    void aCountrysRecordShowsWhatItsOrganisationsDidWithoutCountingIt() throws IOException {
        String latvia = text(PdfPacks.pack("LV", Template.MINISTERIAL), "LV-memberships");
        int at = latvia.indexOf("Through the organisations Latvia belongs to (not counted as its own acts)");
        assertTrue(at > 0, latvia);
        String part = latvia.substring(at, latvia.indexOf("Worldwide support, assembly by assembly", at));
        assertTrue(part.contains("European Parliament (2021-10-21). Adopted a recommendation"), part);
        assertFalse(part.contains("G7 (20"), "Latvia is not in the G7");
        assertTrue(latvia.contains("This dataset counts 2 acts of support by the country itself"), "the EU's acts are not Latvia's");
        String us = text(PdfPacks.pack("US", Template.MINISTERIAL), "US-memberships");
        assertTrue(us.contains("G7 (2024-06). For the first time a G7 leaders\u2019 communiqu\u00e9"), "the G7's acts");
        assertFalse(us.contains("European Parliament (2021-10-21)"));
    }
}
