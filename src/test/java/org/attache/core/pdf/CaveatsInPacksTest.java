package org.attache.core.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.attache.Fixtures;
import org.attache.core.data.DatasetReader;
import org.attache.core.export.PackExporter;
import org.attache.core.model.Dataset;
import org.attache.core.pack.Pack;
import org.attache.core.pack.PackSection;
import org.attache.core.pack.SectionKind;
import org.attache.core.pack.Template;
import org.junit.jupiter.api.Test;

/** Every qualified statement carries its mark in the printed pack, and the pack explains its marks once. */
class CaveatsInPacksTest {
    private static final Dataset DATA = new DatasetReader().read(Fixtures.path("fixtures/evidence.json")).dataset();

    /** A pack with every section of the catalogue ticked. */
    private static Pack everything(String country) {
        List<PackSection> all = Arrays.stream(SectionKind.values()).map(k -> PackSection.of(k, true)).toList();
        return Pack.of(country, Template.MINISTERIAL).withMeeting(PdfPacks.RIGA).withSections(all);
    }

    private static String text(Pack pack, String name) throws IOException {
        byte[] pdf = new PdfRenderer().render(new PackExporter().compose(DATA, pack, "evidence.json", PdfPacks.CREATED));
        Files.createDirectories(PdfPacks.OUT);
        Files.write(PdfPacks.OUT.resolve(name + ".pdf"), pdf);
        try (PdfReadBack read = new PdfReadBack(pdf)) {
            return read.all().replaceAll("\\s+", " ");
        }
    }

    /** The text from the heading {@code from} (its last occurrence, past the contents) to {@code to}. */
    private static String between(String text, String from, String to) {
        int start = text.lastIndexOf(from);
        int end = text.indexOf(to, start + 1);
        assertTrue(start >= 0 && end > start, "no \"" + from + "\" before \"" + to + "\"");
        return text.substring(start, end);
    }

    @Test
    void qualifiedStatementsCarryTheirMarksAndTheLegendExplainsEachOnce() throws IOException {
        String text = text(everything("US"), "caveats-US");

        String record = between(text, "Record of the United States by assembly", "Acts of support by the United States");
        assertTrue(record.contains("Backed Taiwan's international participation. (reported by MOFA; INTERPOL not named)"), record);
        assertTrue(record.contains("possibly numbered 1234. (a bill, not a law; reported by MOFA; unconfirmed)"),
                "the low-confidence bill is listed, marked: " + record);
        assertTrue(record.contains("Named by an op-ed among like-minded countries. (named by others; reported by MOFA;"
                + " INTERPOL not named)"), record);

        String legend = between(text, "Marks used in this pack", "[Statement on support");
        for (String mark : List.of("(reported by MOFA)", "(INTERPOL not named)", "(unconfirmed)", "(named by others)",
                "(a bill, not a law)", "(medium confidence)", "(described by a third party)")) {
            assertTrue(legend.contains(mark), mark + " in the legend: " + legend);
        }
        assertEquals(1, text.split("Marks used in this pack", -1).length - 1, "one legend per pack");
        assertFalse(legend.contains("(not the government)"), "the legend lists only the marks this pack uses");
    }

    @Test
    void anUnconfirmedFigureNeverReachesKeyFiguresSummaryOrTalkingPointsUnlessTickedIn() throws IOException {
        String text = text(everything("US"), "caveats-US-default");
        String summary = between(text, "Summary", "Record of the United States");
        assertFalse(summary.contains("9,999"), summary);
        assertFalse(summary.contains("7.7"), "a medium-confidence figure is not a key figure either: " + summary);
        assertTrue(summary.contains("478"), summary);
        assertTrue(summary.contains("counts 3 acts of support by the country itself, at 2 General Assemblies"), summary);
        assertTrue(summary.contains("One of them falls in a year without a session"), summary);
        assertTrue(summary.contains("Of these, one rests on MOFA\u2019s account and 2 do not name INTERPOL."),
                "the count says how much of it is qualified: " + summary);
        String points = between(text, "Talking points for the United States", "INTERPOL Constitution");
        assertFalse(points.contains("Returned from compounds"), points);
        assertTrue(text.contains("About 9,999 people were returned, says one weak report. (described by a third party; "
                + "unconfirmed)"), "it stays in its own section, marked");

        List<PackSection> ticked = everything("US").sections().stream().map(s -> s.kind().options().stream()
                .anyMatch(o -> o.key().equals(SectionKind.UNCONFIRMED)) ? s.withOption(SectionKind.UNCONFIRMED, SectionKind.INCLUDE) : s).toList();
        String included = text(everything("US").withSections(ticked), "caveats-US-unconfirmed");
        assertTrue(between(included, "Talking points for the United States", "INTERPOL Constitution")
                .contains("Returned from compounds"));
        assertTrue(between(included, "Summary", "Record of the United States").contains("9,999"));
    }

    @Test
    void aTalkingPointOnASeriesSaysOnlyWhatTheNumbersProve() throws IOException {
        String text = text(everything("US"), "caveats-US-points");
        String points = between(text, "Talking points for the United States", "INTERPOL Constitution");
        assertTrue(points.contains("MOFA reported countries voicing support: 14 at the 88th (2019) and 60+ at the 91st "
                + "(2023). Between 2019 and 2023 the count rose from 14 to 60+. No comparable count was reported for "
                + "2021 and 2022. The 2022 figure (50) counts countries the supporters came from, a different measure, "
                + "so it is not compared."), points);
        assertFalse(points.contains("every year"));
    }

    @Test
    void describedTitlesAreBracketedNeverQuotedAndCountryNamesTakeTheirArticle() throws IOException {
        String text = text(everything("NL"), "caveats-NL");
        assertTrue(text.contains("[Statement on support received at the General Assembly]"), text);
        assertFalse(text.contains("\u201cStatement on support received"), text);
        assertTrue(text.contains("Where the Netherlands stands"));
        assertTrue(text.contains("The Netherlands is not among Taiwan\u2019s diplomatic allies."), text);
    }

    @Test
    void noPackIsMadeForTaiwanThePrcHongKongOrMacao() {
        for (String code : List.of("TW", "CN", "HK", "MO")) {
            var e = assertThrows(IllegalArgumentException.class, () -> new PackExporter().compose(DATA,
                    everything(code), "evidence.json", PdfPacks.CREATED));
            assertTrue(e.getMessage().startsWith("no briefing pack is made for"), e.getMessage());
        }
    }

    @Test
    void anUnconfirmedLatestCountIsNotTheSummarysHeadline(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        String text = Files.readString(Fixtures.path("fixtures/evidence.json")).replace(
                "\"lowerBound\": true,\n      \"reportedBy\": \"MOFA\",\n      \"date\": \"2023-12-04\",",
                "\"lowerBound\": true,\n      \"reportedBy\": \"MOFA\",\n      \"date\": \"2023-12-04\",\n      \"confidence\": \"low\",");
        java.nio.file.Path file = dir.resolve("low.json");
        Files.writeString(file, text);
        Dataset data = new DatasetReader().read(file).dataset();
        assertEquals(org.attache.core.model.Confidence.LOW, data.tallies().stream()
                .filter(t -> t.id().equals("t-countries-2023")).findFirst().orElseThrow().confidence());
        byte[] pdf = new PdfRenderer().render(new PackExporter().compose(data, everything("NL"), "low.json", PdfPacks.CREATED));
        try (PdfReadBack read = new PdfReadBack(pdf)) {
            String all = read.all().replaceAll("\\s+", " ");
            String summary = between(all, "Summary", "Record of the Netherlands");
            assertTrue(summary.contains("from 14 countries at the 88th General Assembly"), summary);
            assertFalse(summary.contains("60+"), summary);
        }
    }

    @Test
    void sourceAddressesAreClickableWebLinksAndNothingElseIs(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        String text = Files.readString(Fixtures.path("fixtures/evidence.json"))
                .replace("https://example.invalid/think", "file:///etc/passwd");
        java.nio.file.Path file = dir.resolve("links.json");
        Files.writeString(file, text);
        Dataset data = new DatasetReader().read(file).dataset();
        byte[] pdf = new PdfRenderer().render(new PackExporter().compose(data, everything("AU"), "links.json", PdfPacks.CREATED));
        java.util.Set<String> uris = new java.util.TreeSet<>();
        try (PdfReadBack read = new PdfReadBack(pdf)) {
            for (var page : read.pdf.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
            assertTrue(read.all().contains("file:///etc/passwd"), "the address is still printed as text");
        }
        assertTrue(uris.contains("https://example.invalid/mofa"), uris.toString());
        assertTrue(uris.stream().allMatch(u -> u.startsWith("https://")), uris.toString());
    }
}
