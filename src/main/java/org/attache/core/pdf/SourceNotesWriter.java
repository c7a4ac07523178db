package org.attache.core.pdf;

import static org.attache.core.pdf.PageStyle.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.core.document.SourceList;

/**
 * Sets the numbered list of sources, each note where a citation's link leads: one note to an item, set a little
 * tighter when that ends the list a page sooner, or run on in one small paragraph.
 */
final class SourceNotesWriter {
    private static final float SOURCE_GAP = 3;
    private static final float TIGHT_LEADING = SMALL_LEADING - 1.2f;
    private static final float TIGHT_GAP = 1;

    private final PageFlow flow;
    private final Tags tags;
    private final Fonts fonts;
    private final LineBreaker breaker;
    private final LineSetter setter;
    private final Map<Integer, PageFlow.Anchor> anchors = new HashMap<>();

    SourceNotesWriter(PageFlow flow, Fonts fonts, LineBreaker breaker, LineSetter setter) {
        this.flow = flow;
        this.tags = flow.tags();
        this.fonts = fonts;
        this.breaker = breaker;
        this.setter = setter;
    }

    /** Where each source's note landed, by its number. */
    Map<Integer, PageFlow.Anchor> anchors() {
        return anchors;
    }

    /** The address a link opens: only web addresses, so a dataset cannot plant another kind of action. */
    private static String webAddress(String url) {
        String u = url.strip();
        return u.regionMatches(true, 0, "https://", 0, 8) || u.regionMatches(true, 0, "http://", 0, 7) ? u : null;
    }

    void write(SourceList list) throws IOException {
        if (list.runOn()) {
            runOnSources(list);
            return;
        }
        List<List<TextLine>> wrapped = new ArrayList<>();
        for (SourceList.SourceNote note : list.notes()) {
            List<Span> spans = new ArrayList<>();
            spans.add(Span.of(note.citation(), fonts.sans(), SMALL, INK));
            if (note.url() != null) spans.add(Span.link(" " + note.url(), webAddress(note.url()), fonts.sans(), SMALL, CITE));
            wrapped.add(breaker.wrap(spans, flow.width() - 24));
        }
        // a list that would leave a few lines alone on its last page is set a little tighter to end a page sooner
        float leading = SMALL_LEADING;
        float gap = SOURCE_GAP;
        if (lastPageTail(wrapped, leading, gap) > 0 && lastPageTail(wrapped, leading, gap) < pageHeight() / 4
                && pagesNeeded(wrapped, TIGHT_LEADING, TIGHT_GAP) < pagesNeeded(wrapped, leading, gap)) {
            leading = TIGHT_LEADING;
            gap = TIGHT_GAP;
        }
        tags.open(Tags.L);
        for (int i = 0; i < wrapped.size(); i++) {
            SourceList.SourceNote note = list.notes().get(i);
            List<TextLine> lines = wrapped.get(i);
            TextLine number = breaker.wrap(List.of(Span.of(note.number() + ".", fonts.bold(), SMALL, NAVY)), 24).get(0);
            flow.ensure(Math.min(2, lines.size()) * leading);
            anchors.put(note.number(), flow.here());
            tags.open(Tags.LI);
            setter.set(lines, SMALL, leading, 24, null, number);
            tags.close();
            flow.space(gap);
        }
        tags.close();
    }

    /** "1. Title, publisher, date.  2. ..." in one small paragraph; every number's citations lead to its start. */
    private void runOnSources(SourceList list) throws IOException {
        List<Span> spans = new ArrayList<>();
        for (SourceList.SourceNote note : list.notes()) {
            String citation = note.citation().endsWith(".") ? note.citation() : note.citation() + ".";
            spans.add(Span.of((spans.isEmpty() ? "" : "  ") + note.number() + ".\u00a0", fonts.bold(), SMALL, NAVY));
            spans.add(Span.of(citation, fonts.sans(), SMALL, INK));
        }
        flow.ensure(2 * SMALL_LEADING);
        for (SourceList.SourceNote note : list.notes()) anchors.put(note.number(), flow.here());
        tags.open(Tags.P);
        setter.set(breaker.wrap(spans, flow.width()), SMALL, SMALL_LEADING, 0, null, null);
        tags.close();
        flow.space(PARAGRAPH_GAP);
    }

    private float pageHeight() {
        return flow.top() - flow.bottom();
    }

    /** How far down its last page the list would run (0 when it ends on the page it starts on). */
    private float lastPageTail(List<List<TextLine>> notes, float leading, float gap) {
        float total = height(notes, leading, gap);
        if (total <= flow.room()) return 0;
        float rest = (total - flow.room()) % pageHeight();
        return rest == 0 ? pageHeight() : rest;
    }

    /** Pages the list would take from here, counting this one. */
    private int pagesNeeded(List<List<TextLine>> notes, float leading, float gap) {
        float total = height(notes, leading, gap);
        if (total <= flow.room()) return 1;
        return 1 + (int) Math.ceil((total - flow.room()) / pageHeight());
    }

    private static float height(List<List<TextLine>> notes, float leading, float gap) {
        float total = 0;
        for (List<TextLine> lines : notes) total += lines.size() * leading + gap;
        return total;
    }
}
