package org.attache.core.chart;

/** The chart colours, as RGB, shared by screen and print; chosen to stay distinct in greyscale print too. */
public final class ChartPalette {
    private static final int[] COLOURS = {0x1F4E79, 0xC55A11, 0x548235, 0x7F6000, 0x7030A0, 0x2E75B6, 0x843C0C,
        0x00838F, 0x595959, 0xA9C4DE};
    /** A pale colour for what is shown but qualified, such as acts that do not name INTERPOL. */
    public static final int PALE = 9;

    private ChartPalette() {
    }

    public static int rgb(int index) {
        return COLOURS[Math.floorMod(index, COLOURS.length)];
    }

    public static int size() {
        return COLOURS.length;
    }
}
