package org.attache.core.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO 8601 calendar date that may omit its day or month: 2023, 2023-07 or 2023-07-15. */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
        if (month < 0 || month > 12) throw new IllegalArgumentException("there is no month " + month);
        if (day < 0 || day > 31 || (day > 0 && month == 0)) throw new IllegalArgumentException("there is no day " + day);
        if (day > 0 && day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            throw new IllegalArgumentException(year + "-" + month + " has no day " + day);
        }
    }

    /** Parses the text, or throws IllegalArgumentException with a message fit for a user. */
    public static PartialDate parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date like 2023, 2023-07 or 2023-07-15");
        }
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        try {
            if (m.group(2) != null && month == 0) throw new IllegalArgumentException("there is no month 0");
            if (m.group(3) != null && day == 0) throw new IllegalArgumentException("there is no day 0");
            return new PartialDate(Integer.parseInt(m.group(1)), month, day);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a real date (" + e.getMessage() + ")");
        }
    }

    public boolean isComplete() {
        return day > 0;
    }

    @Override
    public int compareTo(PartialDate other) {
        int c = Integer.compare(year, other.year);
        if (c == 0) c = Integer.compare(month, other.month);
        if (c == 0) c = Integer.compare(day, other.day);
        return c;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(10);
        padded(sb, year, 4);
        if (month > 0) padded(sb.append('-'), month, 2);
        if (day > 0) padded(sb.append('-'), day, 2);
        return sb.toString();
    }

    /** "2024", "2024-05", "2024-05-07", written without a formatter: dates are written for every record of a pack. */
    private static void padded(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) sb.append('0');
        sb.append(digits);
    }
}
