package org.attache.core.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A rendered PDF read back with PDFBox: the text of each page and where every glyph landed. */
final class PdfReadBack implements AutoCloseable {
    record Glyph(int page, String text, float x, float yFromTop, float width) {
    }

    final PDDocument pdf;
    final List<String> pages = new ArrayList<>();
    final List<Glyph> glyphs = new ArrayList<>();

    PdfReadBack(byte[] bytes) throws IOException {
        pdf = Loader.loadPDF(bytes);
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            int page = i;
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        glyphs.add(new Glyph(page, p.getUnicode(), p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj()));
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(pdf));
        }
    }

    String page(int oneBased) {
        return pages.get(oneBased - 1);
    }

    String all() {
        return String.join("\n", pages);
    }

    @Override
    public void close() throws IOException {
        pdf.close();
    }
}
