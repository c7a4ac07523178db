package org.attache.core.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.attache.core.pack.Pack;
import org.attache.core.pack.Template;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No page of a pack, other than the last, the cover and the contents (which stand on pages of their own by design),
 * is less than a third full: sections do not leave half-empty pages behind them.
 */
class PageFillTest {

    /** How far down the page its lowest line of text sits, between the running head and the foot, from 0 to 1. */
    private static double fill(PdfReadBack pdf, int page) {
        float height = pdf.pdf.getPage(0).getMediaBox().getHeight();
        float top = PageStyle.MARGIN_TOP;
        float bottom = height - PageStyle.MARGIN_BOTTOM;
        double lowest = pdf.glyphs.stream()
                .filter(g -> g.page() == page && g.yFromTop() > top && g.yFromTop() < bottom)
                .mapToDouble(PdfReadBack.Glyph::yFromTop).max().orElse(top);
        return (lowest - top) / (bottom - top);
    }

    /** These sources used to run a few lines onto a page of their own; set a little tighter, they end a page sooner. */
    @ParameterizedTest
    @CsvSource({"NL", "LV", "BT"})
    void sourcesDoNotLeaveAFewLinesAloneOnTheLastPage(String country) throws IOException {
        Pack pack = PdfPacks.pack(country, Template.PARLIAMENTARY);
        try (PdfReadBack pdf = new PdfReadBack(new PdfRenderer().render(PdfPacks.document(pack)))) {
            int last = pdf.pdf.getNumberOfPages();
            assertTrue(fill(pdf, last) >= 0.25, country + ": the last page is " + Math.round(fill(pdf, last) * 100) + "% full");
        }
    }

    @ParameterizedTest
    @CsvSource({"US", "NL", "LV", "PY", "BT"})
    void everyPageButTheLastIsAtLeastAThirdFull(String country) throws IOException {
        for (Template template : Template.values()) {
            Pack pack = PdfPacks.pack(country, template);
            try (PdfReadBack pdf = new PdfReadBack(new PdfRenderer().render(PdfPacks.document(pack)))) {
                int pages = pdf.pdf.getNumberOfPages();
                for (int page = 2; page < pages; page++) {
                    if (pdf.page(page).startsWith("Contents") || pdf.page(page).contains("\nContents\n")) continue;
                    double fill = fill(pdf, page);
                    assertTrue(fill >= 1.0 / 3, country + " " + template.json() + " page " + page + " of " + pages
                            + " is " + Math.round(fill * 100) + "% full");
                }
            }
        }
    }
}
