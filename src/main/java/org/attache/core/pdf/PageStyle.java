package org.attache.core.pdf;

import java.awt.Color;

/** The measures and colours of a printed pack, in points: one place to change how every page looks. */
final class PageStyle {
    static final float MARGIN_LEFT = 68;
    static final float MARGIN_RIGHT = 68;
    static final float MARGIN_TOP = 78;
    static final float MARGIN_BOTTOM = 72;
    static final float HEADER_BASELINE = 40;
    static final float FOOTER_BASELINE = 36;

    static final Color INK = new Color(0x1A1A1A);
    static final Color NAVY = new Color(0x1F3A5F);
    static final Color MUTED = new Color(0x5F6B7A);
    static final Color RULE = new Color(0xC9D1DB);
    static final Color TINT = new Color(0xEEF2F7);
    static final Color ZEBRA = new Color(0xF7F9FB);
    static final Color CITE = new Color(0x2F5D8A);
    static final Color MARKING = new Color(0x8B0000);

    static final float BODY = 10f;
    static final float BODY_LEADING = 14.2f;
    static final float LEAD = 11.5f;
    static final float LEAD_LEADING = 16f;
    static final float COMPACT = 9.5f;
    static final float COMPACT_LEADING = 12.6f;
    static final float SMALL = 8.5f;
    static final float SMALL_LEADING = 11.8f;
    static final float TABLE = 8.5f;
    static final float TABLE_LEADING = 11.2f;
    static final float CITE_SIZE = 6.5f;
    static final float CITE_RISE = 3.2f;
    static final float H1 = 16f;
    static final float H2 = 11.5f;
    static final float H3 = 10.5f;
    static final float MARKING_SIZE = 8.5f;
    static final float PARAGRAPH_GAP = 6f;
    static final float CHART_HEIGHT = 215f;

    private PageStyle() {
    }
}
