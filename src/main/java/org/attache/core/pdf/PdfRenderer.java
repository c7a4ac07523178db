package org.attache.core.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.Adler32;
import java.util.zip.CRC32C;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.attache.core.Version;
import org.attache.core.document.Block;
import org.attache.core.document.Document;
import org.attache.core.document.Heading;
import org.attache.core.document.SourceList;

/**
 * The one PDF renderer: lays a document out on pages and writes it with PDFBox. The same document always gives
 * the same bytes, so the app's preview, the command line and the tests agree. By default the PDF is a PDF/A-2b
 * one, fit for archiving. The PDF is tagged: its structure tree reads the pack in order, for screen readers and
 * for reflow.
 */
public final class PdfRenderer {
    private final boolean archival;

    /** A renderer of archival (PDF/A-2b) PDFs. */
    public PdfRenderer() {
        this(true);
    }

    /** A renderer of archival (PDF/A-2b) PDFs, or with {@code false} of plain PDFs without PDF/A's metadata. */
    public PdfRenderer(boolean archival) {
        this.archival = archival;
    }

    public boolean archival() {
        return archival;
    }

    /**
     * Starts parsing the fonts every pack uses on another core, for a process that is about to write its first PDF
     * and has other work to do first (reading the command line and the dataset).
     */
    public static void prepareFonts() {
        FontFiles.prepare(List.of(FontFace.SANS, FontFace.SANS_BOLD, FontFace.SANS_ITALIC, FontFace.SERIF_ITALIC));
    }

    public byte[] render(Document document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(document, out);
        return out.toByteArray();
    }

    /** The number of pages of a PDF this renderer wrote. */
    public static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    public void write(Document document, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            Fonts fonts = new Fonts(pdf);
            PageFlow flow = new PageFlow(pdf, document.paper());
            FrontPages front = new FrontPages(flow, fonts);
            if (document.cover() != null) front.cover(document.cover());

            List<Heading> sections = document.sections();
            int contentsStart = flow.pages().size();
            int contentsPages = document.contents() && !sections.isEmpty() ? front.contentsPages(sections.size()) : 0;
            for (int i = 0; i < contentsPages; i++) flow.newPage();
            if (contentsPages > 0) front.reserveContents();

            BlockWriter writer = new BlockWriter(flow, fonts, new ChartDrawer(fonts), document.words().chartSources(),
                    document.numbered());
            flow.newPage();
            writer.write(document.blocks());
            flow.close();

            List<BlockWriter.PlacedHeading> placed = writer.headings().stream()
                    .filter(h -> h.heading().level() == 1).toList();
            if (contentsPages > 0) {
                front.contents(document.words().contents(), placed.stream().map(h -> h.heading().listed()).toList(),
                        placed.stream().map(h -> h.anchor().page()).toList(), contentsStart);
            }
            new PageFurniture(flow, fonts).apply(document.classification(), document.runningTitle(),
                    document.words(), document.cover() != null);
            new Watermarks(flow, fonts).apply(document.stamp());
            links(flow, writer, sourceTitles(document));
            flow.tags().finish(pdf);
            outline(pdf, flow, placed, contentsPages > 0 ? contentsStart : -1, document.words().contents());
            metadata(pdf, document);
            if (archival) PdfArchive.apply(pdf);
            pdf.save(out);
        }
    }

    /** The citation of each numbered source: what a link to it says it leads to. */
    private static Map<Integer, String> sourceTitles(Document document) {
        Map<Integer, String> titles = new HashMap<>();
        for (Block b : document.blocks()) {
            if (b instanceof SourceList list) for (SourceList.SourceNote n : list.notes()) titles.put(n.number(), n.citation());
        }
        return titles;
    }

    private static void links(PageFlow flow, BlockWriter writer, Map<Integer, String> sources) throws IOException {
        for (PageFlow.Link link : flow.links()) {
            PDAnnotationLink annotation = new PDAnnotationLink();
            annotation.setRectangle(link.area());
            PDBorderStyleDictionary border = new PDBorderStyleDictionary();
            border.setWidth(0);
            annotation.setBorderStyle(border);
            String description = link.sourceNumber() > 0 ? sources.get(link.sourceNumber()) : link.description();
            if (description != null) annotation.setContents(description);
            if (link.uri() != null) {
                PDActionURI open = new PDActionURI();
                open.setURI(link.uri());
                annotation.setAction(open);
                annotate(flow, link, annotation);
                continue;
            }
            PDPageXYZDestination dest = new PDPageXYZDestination();
            if (link.sourceNumber() > 0) {
                PageFlow.Anchor a = writer.sourceNotes().get(link.sourceNumber());
                if (a == null) continue;
                dest.setPage(flow.pages().get(a.page()));
                dest.setTop((int) a.y() + 12);
            } else {
                dest.setPage(flow.pages().get(link.targetPage()));
                dest.setTop((int) flow.pageHeight());
            }
            dest.setLeft(0);
            annotation.setDestination(dest);
            annotate(flow, link, annotation);
        }
    }

    private static void annotate(PageFlow flow, PageFlow.Link link, PDAnnotationLink annotation) throws IOException {
        flow.pages().get(link.page()).getAnnotations().add(annotation);
        if (link.tag() != null) flow.tags().annotation(link.tag(), annotation, link.page());
    }

    private static void outline(PDDocument pdf, PageFlow flow, List<BlockWriter.PlacedHeading> headings, int contentsPage,
                                String contentsTitle) {
        PDDocumentOutline outline = new PDDocumentOutline();
        if (contentsPage >= 0) outline.addLast(item(flow, contentsTitle, contentsPage, (int) flow.pageHeight()));
        for (BlockWriter.PlacedHeading h : headings) {
            outline.addLast(item(flow, h.heading().listed(), h.anchor().page(), (int) h.anchor().y() + 20));
        }
        pdf.getDocumentCatalog().setDocumentOutline(outline);
        pdf.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    private static PDOutlineItem item(PageFlow flow, String title, int page, int top) {
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(flow.pages().get(page));
        dest.setTop(top);
        dest.setLeft(0);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(dest);
        return item;
    }

    private static void metadata(PDDocument pdf, Document document) throws IOException {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(document.title());
        info.setSubject(document.subject());
        info.setAuthor(document.author());
        info.setCreator("Attaché " + Version.current());
        info.setProducer("Attaché with Apache PDFBox");
        info.setKeywords(document.classification());
        GregorianCalendar created = GregorianCalendar.from(document.created());
        info.setCreationDate(created);
        info.setModificationDate(created);
        pdf.getDocumentCatalog().setLanguage(document.language());
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(prefs);
        byte[] id = identity(pdf);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /**
     * A file identifier derived from the content: what every page draws (as checksums of its content streams), and
     * the information dictionary. The same document gives the same bytes; a change to what a page shows or to the
     * metadata gives another identifier. A cryptographic digest of every page's bytes would cost a batch of packs
     * more than the checksums do, for nothing an identifier needs.
     */
    private static byte[] identity(PDDocument pdf) throws IOException {
        MessageDigest md = sha256();
        ByteBuffer sums = ByteBuffer.allocate(16);
        byte[] buffer = new byte[8192];
        for (PDPage page : pdf.getPages()) {
            CRC32C crc = new CRC32C();
            Adler32 adler = new Adler32();
            long length = 0;
            for (Iterator<PDStream> it = page.getContentStreams(); it.hasNext(); ) {
                try (InputStream in = it.next().getCOSObject().createRawInputStream()) {
                    for (int n; (n = in.read(buffer)) > 0; length += n) {
                        crc.update(buffer, 0, n);
                        adler.update(buffer, 0, n);
                    }
                }
            }
            sums.clear();
            sums.putInt((int) crc.getValue()).putInt((int) adler.getValue()).putLong(length);
            md.update(sums.array());
        }
        COSDictionary info = pdf.getDocumentInformation().getCOSObject();
        for (COSName key : info.keySet()) {
            md.update(key.getName().getBytes(StandardCharsets.UTF_8));
            md.update((byte) '=');
            md.update(String.valueOf(info.getDictionaryObject(key)).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        md.update(String.valueOf(pdf.getDocumentCatalog().getLanguage()).getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(md.digest(), 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
