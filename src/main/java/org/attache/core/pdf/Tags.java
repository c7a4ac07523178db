package org.attache.core.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The logical structure of a PDF, built as its pages fill, so that a screen reader reads a pack in order: the
 * writers open and close elements (a heading, a paragraph, a table cell) around what they draw, and whatever is
 * drawn meanwhile is marked as that element's content; rules, fills and the running head and foot are artifacts.
 */
final class Tags {
    static final String DOCUMENT = "Document";
    static final String P = "P";
    static final String DIV = "Div";
    static final String L = "L";
    static final String LI = "LI";
    static final String LBL = "Lbl";
    static final String LBODY = "LBody";
    static final String TABLE = "Table";
    static final String TR = "TR";
    static final String TH = "TH";
    static final String TD = "TD";
    static final String FIGURE = "Figure";
    static final String TOC = "TOC";
    static final String TOCI = "TOCI";
    static final String REFERENCE = "Reference";
    static final String LINK = "Link";
    static final String SPAN = "Span";

    /** Elements kept even when nothing was drawn in them: a table's blank cell still holds its place in the row. */
    private static final Set<String> KEPT_EMPTY = Set.of(TH, TD, TR, TABLE);

    /** What is being drawn: the content of an element, or an artifact (no element). */
    private record Owner(PDStructureElement element) {
        boolean artifact() {
            return element == null;
        }

        /** The same element (or both artifacts): asked at every line drawn, so compared by identity. */
        boolean same(Owner other) {
            return element == other.element;
        }
    }

    private static final Owner ARTIFACT = new Owner(null);

    /** An open marked-content sequence: in which stream, for whom. */
    private record Sequence(PDPageContentStream stream, int page, Owner owner) {
    }

    private record Annotated(PDAnnotation annotation, PDStructureElement element) {
    }

    private final List<PDPage> pages;
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final Deque<Owner> open = new ArrayDeque<>();
    /** For each page, the element each marked-content id belongs to, in id order. */
    private final Map<Integer, List<PDStructureElement>> marked = new TreeMap<>();
    private final List<Annotated> annotations = new ArrayList<>();
    private Sequence sequence;

    Tags(List<PDPage> pages) {
        this.pages = pages;
        this.document = new PDStructureElement(DOCUMENT, root);
        root.appendKid(document);
        open.push(new Owner(document));
    }

    // Building the tree ------------------------------------------------------------------------------------

    /** A new element, the last child of the one open now, open until {@link #close()}. */
    PDStructureElement open(String type) {
        PDStructureElement element = add(type);
        enter(element);
        return element;
    }

    /** A new element, the last child of the one open now, to be opened later with {@link #enter}. */
    PDStructureElement add(String type) {
        PDStructureElement parent = current();
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /**
     * Opens a Span in another language than the document's: the one opened last, when nothing came after it (the
     * same translation running onto a new line), or a new one.
     */
    PDStructureElement openSpan(String language) {
        List<Object> kids = current().getKids();
        if (!kids.isEmpty() && kids.get(kids.size() - 1) instanceof PDStructureElement last
                && SPAN.equals(last.getStructureType()) && language.equals(last.getLanguage())) {
            enter(last);
            return last;
        }
        PDStructureElement span = open(SPAN);
        span.setLanguage(language);
        return span;
    }

    /** A new element read before everything else: what is drawn last but said first. */
    PDStructureElement addFirst(String type) {
        PDStructureElement element = new PDStructureElement(type, document);
        List<Object> kids = document.getKids();
        if (kids.isEmpty()) document.appendKid(element);
        else document.insertBefore(element, kids.get(0));
        return element;
    }

    /** Opens an element made before: what is drawn now is its content, wherever it stands in the tree. */
    void enter(PDStructureElement element) {
        open.push(new Owner(element));
    }

    /** What is drawn until {@link #close()} is an artifact: no part of the text a reader hears. */
    void artifact() {
        open.push(ARTIFACT);
    }

    void close() {
        if (open.size() == 1) throw new IllegalStateException("the document element stays open");
        open.pop();
    }

    boolean inListItem() {
        return !open.peek().artifact() && LI.equals(open.peek().element().getStructureType());
    }

    boolean inArtifact() {
        return open.peek().artifact();
    }

    /** A column's header cell: a TH whose scope is its column. */
    PDStructureElement columnHeader() {
        PDStructureElement th = add(TH);
        PDTableAttributeObject scope = new PDTableAttributeObject();
        scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
        th.addAttribute(scope);
        return th;
    }

    /** A figure read aloud by its description, with the box it takes on its page. */
    PDStructureElement openFigure(String alternative, PDRectangle box) {
        PDStructureElement figure = open(FIGURE);
        figure.setAlternateDescription(alternative);
        PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
        layout.setBBox(box);
        figure.addAttribute(layout);
        return figure;
    }

    private PDStructureElement current() {
        for (Owner o : open) if (!o.artifact()) return o.element();
        return document;
    }

    // Marking content --------------------------------------------------------------------------------------

    /** Marks what is drawn next on {@code stream} (page {@code page}) as the content of what is open now. */
    void content(PDPageContentStream stream, int page) throws IOException {
        mark(stream, page, open.peek());
    }

    /** Marks what is drawn next on {@code stream} as an artifact, whatever is open: a rule, a fill, a leader. */
    void decoration(PDPageContentStream stream, int page) throws IOException {
        mark(stream, page, ARTIFACT);
    }

    /** Ends the marked sequence open now; called before its stream is closed. */
    void end() throws IOException {
        if (sequence == null) return;
        sequence.stream().endMarkedContent();
        sequence = null;
    }

    private void mark(PDPageContentStream stream, int page, Owner owner) throws IOException {
        if (sequence != null && sequence.stream() == stream && sequence.page() == page && sequence.owner().same(owner)) return;
        end();
        if (owner.artifact()) {
            stream.beginMarkedContent(COSName.ARTIFACT);
        } else {
            List<PDStructureElement> ids = marked.computeIfAbsent(page, p -> new ArrayList<>());
            int mcid = ids.size();
            ids.add(owner.element());
            stream.beginMarkedContent(COSName.getPDFName(owner.element().getStructureType()), mcid);
            kid(owner.element(), page, mcid);
        }
        sequence = new Sequence(stream, page, owner);
    }

    private void kid(PDStructureElement element, int page, int mcid) {
        PDPage pdPage = pages.get(page);
        COSDictionary own = element.getCOSObject().getCOSDictionary(COSName.PG);
        if (own == null) element.setPage(pdPage);
        if (own == null || own == pdPage.getCOSObject()) {
            element.appendKid(mcid);
        } else {
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.setPage(pdPage);
            reference.setMCID(mcid);
            element.appendKid(reference);
        }
    }

    // Annotations ------------------------------------------------------------------------------------------

    /** Ties a link annotation to its Link element, which then reads as the link's text and its target. */
    void annotation(PDStructureElement link, PDAnnotation annotation, int page) {
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(annotation);
        reference.setPage(pages.get(page));
        link.appendKid(reference);
        annotations.add(new Annotated(annotation, link));
        pages.get(page).getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    }

    // Finishing --------------------------------------------------------------------------------------------

    /** Puts the tree into the document: the parent tree that leads from content back to elements, and MarkInfo. */
    void finish(PDDocument pdf) throws IOException {
        end();
        prune(document);
        Map<Integer, COSObjectable> parents = new TreeMap<>();
        for (Map.Entry<Integer, List<PDStructureElement>> page : marked.entrySet()) {
            COSArray elements = new COSArray();
            for (PDStructureElement e : page.getValue()) elements.add(e);
            pages.get(page.getKey()).setStructParents(page.getKey());
            parents.put(page.getKey(), elements);
        }
        int key = pages.size();
        for (Annotated a : annotations) {
            a.annotation().setStructParent(key);
            parents.put(key++, a.element());
        }
        PDNumberTreeNode tree = new PDNumberTreeNode(COSBase.class);
        tree.setNumbers(parents);
        root.setParentTree(tree);
        root.setParentTreeNextKey(key);
        pdf.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        pdf.getDocumentCatalog().setMarkInfo(markInfo);
    }

    /** Drops elements nothing was drawn in (a paragraph with no text), which a reader would announce as empty. */
    private static boolean prune(PDStructureElement element) {
        boolean empty = true;
        for (Object kid : new ArrayList<>(element.getKids())) {
            if (kid instanceof PDStructureElement child) {
                if (prune(child) && !KEPT_EMPTY.contains(child.getStructureType())) element.removeKid(child);
                else empty = false;
            } else {
                empty = false;
            }
        }
        return empty;
    }
}
