package org.attache.core.model;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** A number with its unit, such as 478 victims rescued; "5,000+" is a lower bound. */
public record Figure(double value, String unit, boolean lowerBound) {
    public Figure {
        if (!Double.isFinite(value)) throw new IllegalArgumentException("not a number: " + value);
        Lists.required(unit, "unit");
    }

    public String display() {
        return format(value) + (lowerBound ? "+" : "") + " " + unit;
    }

    /** 1375 reads "1,375", 19.875 reads "19.875", and 23000000 reads "23 million", as a reader would say it. */
    static String format(double value) {
        DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        if (Math.abs(value) >= 1_000_000 && value % 100_000 == 0) return f.format(value / 1_000_000) + " million";
        return f.format(value);
    }
}
