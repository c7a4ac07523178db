package org.attache.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.attache.app.AttacheApp;
import org.attache.core.chart.ChartPalette;
import org.junit.jupiter.api.Test;

/** The screen's chart colours are the print palette's, colour for colour, so a chart looks the same in both. */
class ChartColoursTest {
    @Test
    void everyPaletteClassHasThePrintColour() throws IOException {
        String css;
        try (InputStream in = ChartColoursTest.class.getResourceAsStream(AttacheApp.STYLESHEET)) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (int i = 0; i < ChartPalette.size(); i++) {
            String hex = String.format("#%06x", ChartPalette.rgb(i));
            for (String rule : new String[] {".exact-mark.palette-" + i + " { -fx-fill: " + hex,
                    ".chart-bar.palette-" + i + " { -fx-bar-fill: " + hex,
                    ".legend-swatch.palette-" + i + " { -fx-background-color: " + hex,
                    ".dashed-segment.palette-" + i + " { -fx-stroke: " + hex}) {
                assertTrue(css.contains(rule), "the stylesheet has " + rule);
            }
            assertEquals("palette-" + i, FxCharts.palette(i));
        }
    }
}
