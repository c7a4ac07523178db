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

    @ParameterizedTest
    @CsvSource({"US", "NL", "LV", "PY", "BT"})
    void everyPageButTheLastIsAtLeastAThirdFull(String country) throws IOException {
        for (Template template : Template.values()) {
            Pack pack = PdfPacks.pack(country, template);
            try (PdfReadBack pdf = new PdfReadBack(new PdfRenderer().render(PdfPacks.document(pack)))) {
                float height = pdf.pdf.getPage(0).getMediaBox().getHeight();
                float top = PageStyle.MARGIN_TOP;
                float bottom = height - PageStyle.MARGIN_BOTTOM;
                int pages = pdf.pdf.getNumberOfPages();
                for (int page = 2; page < pages; page++) {
                    if (pdf.page(page).startsWith("Contents") || pdf.page(page).contains("\nContents\n")) continue;
                    int p = page;
                    // the lowest line of text between the running head and the foot
                    double lowest = pdf.glyphs.stream()
                            .filter(g -> g.page() == p && g.yFromTop() > top && g.yFromTop() < bottom)
                            .mapToDouble(PdfReadBack.Glyph::yFromTop).max().orElse(top);
                    double fill = (lowest - top) / (bottom - top);
                    assertTrue(fill >= 1.0 / 3, country + " " + template.json() + " page " + page + " of " + pages
                            + " is " + Math.round(fill * 100) + "% full");
                }
            }
        }
    }
}
