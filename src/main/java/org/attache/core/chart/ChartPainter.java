package org.attache.core.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Draws a chart definition with Java2D, for print (through a PDF graphics bridge) and screen alike. Gaps stay
 * empty, years with no session are shaded and labelled, lower bounds get an open upward marker and a "+" label.
 */
public final class ChartPainter {
    private static final Color INK = new Color(0x1A1A1A);
    private static final Color MUTED = new Color(0x5F6B7A);
    private static final Color GRID = new Color(0xDDE3EA);
    private static final Color NO_SESSION = new Color(0xF0F0F0);

    private final Font regular;
    private final Font bold;

    /** Fonts of any size; the painter derives the sizes it needs. */
    public ChartPainter(Font regular, Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    public void paint(Graphics2D g, ChartSpec spec, double width, double height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Font title = bold.deriveFont(10.5f);
        Font label = regular.deriveFont(8f);
        Font value = bold.deriveFont(8f);

        g.setFont(title);
        g.setColor(INK);
        float y = g.getFontMetrics().getAscent();
        g.drawString(spec.title(), 0f, y);
        y += 6;
        // a bar's colour always needs its key; a single line is named by the title
        boolean keyed = spec.series().size() > 1 || (spec.type() == ChartType.STACKED_BAR && !spec.series().isEmpty());
        double legendBottom = keyed ? legend(g, spec.series(), label, y, width) : y;

        g.setFont(label);
        FontMetrics lm = g.getFontMetrics();
        double plotTop = legendBottom + lm.getHeight() + 6;
        double plotBottom = height - lm.getHeight() * 2 - 10;
        double[] ticks = ticks(spec.maxValue());
        double top = ticks[ticks.length - 1];
        double tickWidth = 0;
        for (double t : ticks) tickWidth = Math.max(tickWidth, lm.stringWidth(format(t)));
        double plotLeft = tickWidth + 8;
        double plotRight = width - 4;
        g.setColor(MUTED);
        g.drawString(spec.yAxisLabel(), 0f, (float) (plotTop - 6));

        int n = spec.categories().size();
        double band = (plotRight - plotLeft) / Math.max(1, n);
        for (int i = 0; i < n; i++) {
            ChartCategory c = spec.categories().get(i);
            double x = plotLeft + band * i;
            if (c.noSession()) {
                g.setColor(NO_SESSION);
                g.fill(new Rectangle2D.Double(x + 1, plotTop, band - 2, plotBottom - plotTop));
                g.setColor(MUTED);
                centre(g, spec.words().noSession(), x + band / 2, plotTop + lm.getAscent() + 2);
            } else if (c.state() == ChartCategory.State.NOTHING_RECORDED) {
                hatch(g, x + band * 0.2, plotTop, band * 0.6, plotBottom - plotTop);
                g.setColor(MUTED);
                centre(g, spec.words().noAct(), x + band / 2, plotBottom - lm.getHeight() - 3);
                centre(g, spec.words().recorded(), x + band / 2, plotBottom - 3);
            } else if (c.state() == ChartCategory.State.RECORDED_NONE) {
                g.setColor(INK);
                centre(g, spec.words().none(), x + band / 2, plotBottom - 3);
            }
        }
        g.setStroke(new BasicStroke(0.5f));
        for (double t : ticks) {
            double ty = scale(t, top, plotTop, plotBottom);
            g.setColor(GRID);
            g.draw(new Line2D.Double(plotLeft, ty, plotRight, ty));
            g.setColor(MUTED);
            String s = format(t);
            g.drawString(s, (float) (plotLeft - 5 - lm.stringWidth(s)), (float) (ty + lm.getAscent() / 2.0 - 1));
        }
        g.setColor(INK);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Line2D.Double(plotLeft, plotBottom, plotRight, plotBottom));
        for (int i = 0; i < n; i++) {
            g.setColor(INK);
            centre(g, spec.categories().get(i).label(), plotLeft + band * (i + 0.5), plotBottom + lm.getAscent() + 4);
        }
        g.setColor(MUTED);
        centre(g, spec.xAxisLabel(), (plotLeft + plotRight) / 2, height - 2 - lm.getDescent());

        if (spec.type() == ChartType.LINE) lines(g, spec, value, label, top, plotLeft, band, plotTop, plotBottom);
        else bars(g, spec, value, label, top, plotLeft, band, plotTop, plotBottom);
    }

    private void lines(Graphics2D g, ChartSpec spec, Font valueFont, Font labelFont, double top, double left,
                       double band, double plotTop, double plotBottom) {
        for (ChartSeries s : spec.series()) {
            Color colour = new Color(ChartPalette.rgb(s.colour()));
            List<ChartPoint> points = s.points();
            g.setColor(colour);
            Stroke solid = new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            Stroke dashed = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 3f}, 0f);
            for (int i = 1; i < points.size(); i++) {
                if (points.get(i - 1).hasValue() && points.get(i).hasValue()) {
                    // a line to or from a lower bound proves no slope: it is drawn dashed
                    g.setStroke(points.get(i - 1).lowerBound() || points.get(i).lowerBound() ? dashed : solid);
                    g.draw(new Line2D.Double(left + band * (i - 0.5), scale(points.get(i - 1).value(), top, plotTop, plotBottom),
                            left + band * (i + 0.5), scale(points.get(i).value(), top, plotTop, plotBottom)));
                }
            }
            for (int i = 0; i < points.size(); i++) {
                ChartPoint p = points.get(i);
                double x = left + band * (i + 0.5);
                if (!p.hasValue()) {
                    if (!spec.categories().get(i).noSession() && s == spec.series().get(0) && noValueAt(spec, i)) {
                        g.setFont(labelFont);
                        g.setColor(MUTED);
                        centre(g, spec.words().noData(), x, plotBottom - 4);
                    }
                    continue;
                }
                double y = scale(p.value(), top, plotTop, plotBottom);
                marker(g, colour, p.lowerBound(), x, y);
                g.setFont(valueFont);
                g.setColor(INK);
                centre(g, p.label(), x, y - 7);
            }
        }
    }

    private static boolean noValueAt(ChartSpec spec, int i) {
        return spec.series().stream().noneMatch(s -> s.points().get(i).hasValue());
    }

    /** Light diagonal lines over a band where nothing is recorded, so it never reads as a zero. */
    private static void hatch(Graphics2D g, double x, double y, double w, double h) {
        Shape clip = g.getClip();
        g.clip(new Rectangle2D.Double(x, y, w, h));
        g.setColor(GRID);
        g.setStroke(new BasicStroke(0.7f));
        for (double d = -h; d < w; d += 6) g.draw(new Line2D.Double(x + d, y + h, x + d + h, y));
        g.setClip(clip);
    }

    /** A filled dot for an exact value; an open upward triangle for a lower bound. */
    private static void marker(Graphics2D g, Color colour, boolean lowerBound, double x, double y) {
        Shape shape;
        if (lowerBound) {
            Path2D.Double t = new Path2D.Double();
            t.moveTo(x, y - 4.2);
            t.lineTo(x + 4, y + 3);
            t.lineTo(x - 4, y + 3);
            t.closePath();
            shape = t;
        } else {
            shape = new Ellipse2D.Double(x - 3, y - 3, 6, 6);
        }
        g.setColor(Color.WHITE);
        g.fill(shape);
        g.setColor(colour);
        g.setStroke(new BasicStroke(1.4f));
        if (lowerBound) g.draw(shape);
        else g.fill(shape);
    }

    private void bars(Graphics2D g, ChartSpec spec, Font valueFont, Font labelFont, double top, double left,
                      double band, double plotTop, double plotBottom) {
        double barWidth = Math.min(28, band * 0.6);
        for (int i = 0; i < spec.categories().size(); i++) {
            double x = left + band * (i + 0.5) - barWidth / 2;
            double stack = 0;
            for (ChartSeries s : spec.series()) {
                ChartPoint p = s.points().get(i);
                if (!p.hasValue()) continue;
                double y0 = scale(stack, top, plotTop, plotBottom);
                double y1 = scale(stack + p.value(), top, plotTop, plotBottom);
                g.setColor(new Color(ChartPalette.rgb(s.colour())));
                g.fill(new Rectangle2D.Double(x, y1, barWidth, y0 - y1));
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(0.6f));
                g.draw(new Line2D.Double(x, y1, x + barWidth, y1));
                stack += p.value();
            }
            if (stack > 0) {
                g.setFont(valueFont);
                g.setColor(INK);
                centre(g, format(stack), x + barWidth / 2, scale(stack, top, plotTop, plotBottom) - 4);
            }
        }
    }

    /** One entry per series, wrapping onto a new line when the next would pass the right edge. */
    private double legend(Graphics2D g, List<ChartSeries> series, Font font, double top, double width) {
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        double x = 0;
        double y = top + fm.getAscent();
        for (ChartSeries s : series) {
            double w = 12 + fm.stringWidth(s.name()) + 14;
            if (x > 0 && x + w - 14 > width) {
                x = 0;
                y += fm.getHeight() + 2;
            }
            g.setColor(new Color(ChartPalette.rgb(s.colour())));
            g.fill(new Rectangle2D.Double(x, y - fm.getAscent() + 1, 8, 8));
            g.setColor(INK);
            g.drawString(s.name(), (float) (x + 12), (float) y);
            x += w;
        }
        return y + fm.getDescent();
    }

    private static void centre(Graphics2D g, String text, double x, double baseline) {
        g.drawString(text, (float) (x - g.getFontMetrics().stringWidth(text) / 2.0), (float) baseline);
    }

    private static double scale(double value, double top, double plotTop, double plotBottom) {
        return plotBottom - (plotBottom - plotTop) * (value / top);
    }

    /** Round tick values from zero to just above {@code max}: 0, 20, 40, 60, 80. */
    static double[] ticks(double max) {
        if (max <= 0) return new double[] {0, 1};
        double raw = max * 1.15 / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            step = m * magnitude;
            if (step >= raw) break;
        }
        if (step < 1) step = 1;
        int count = (int) Math.ceil(max * 1.1 / step);
        double[] ticks = new double[count + 1];
        for (int i = 0; i <= count; i++) ticks[i] = i * step;
        return ticks;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.format(java.util.Locale.ROOT, "%,d", (long) v)
                : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
