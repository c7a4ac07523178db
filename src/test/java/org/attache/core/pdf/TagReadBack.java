package org.attache.core.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF read back with PDFBox: its structure elements in reading order, and the text each one's marked
 * content shows on its pages.
 */
final class TagReadBack implements AutoCloseable {
    /** Where an element's content lies: a page (0-based) and a marked-content id on it. */
    record Mark(int page, int mcid) {
    }

    final PDDocument pdf;
    final List<PDStructureElement> elements = new ArrayList<>();
    private final Map<COSDictionary, Integer> pageIndex = new HashMap<>();
    private final Map<Mark, String> texts = new HashMap<>();

    TagReadBack(byte[] bytes) throws IOException {
        pdf = Loader.loadPDF(bytes);
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            PDPage page = pdf.getPage(i);
            pageIndex.put(page.getCOSObject(), i);
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            for (PDMarkedContent mc : extractor.getMarkedContents()) collect(i, mc);
        }
        var root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) for (Object kid : root.getKids()) walk(kid);
    }

    private void collect(int page, PDMarkedContent mc) {
        StringBuilder text = new StringBuilder();
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) text.append(t.getUnicode());
            else if (o instanceof PDMarkedContent inner) collect(page, inner);
        }
        if (mc.getMCID() >= 0) texts.merge(new Mark(page, mc.getMCID()), text.toString(), String::concat);
    }

    private void walk(Object node) {
        if (!(node instanceof PDStructureElement e)) return;
        elements.add(e);
        for (Object kid : e.getKids()) walk(kid);
    }

    /** The elements of a type, in reading order. */
    List<PDStructureElement> all(String type) {
        return elements.stream().filter(e -> type.equals(e.getStructureType())).toList();
    }

    /** The element's own marked content, with that of the elements below it, in reading order. */
    List<Mark> marks(PDStructureElement e) {
        List<Mark> marks = new ArrayList<>();
        COSDictionary own = e.getCOSObject().getCOSDictionary(COSName.PG);
        for (Object kid : e.getKids()) {
            if (kid instanceof Integer mcid) marks.add(new Mark(pageIndex.get(own), mcid));
            else if (kid instanceof PDMarkedContentReference r) marks.add(new Mark(pageIndex.get(r.getPage().getCOSObject()), r.getMCID()));
            else if (kid instanceof PDStructureElement child) marks.addAll(marks(child));
        }
        return marks;
    }

    /** The text the element's content shows. */
    String text(PDStructureElement e) {
        StringBuilder text = new StringBuilder();
        for (Mark m : marks(e)) text.append(texts.getOrDefault(m, ""));
        return text.toString();
    }

    /** Every text marked as some element's content, in no particular order. */
    java.util.Collection<String> taggedTexts() {
        return texts.values();
    }

    /** Text with its spaces, of whatever width, taken out: lines wrap where the layout chose. */
    static String squash(String s) {
        return s.replaceAll("[\\s\\u2000-\\u200b\\u00a0]+", "");
    }

    @Override
    public void close() throws IOException {
        pdf.close();
    }
}
