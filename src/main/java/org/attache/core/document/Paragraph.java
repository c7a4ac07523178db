package org.attache.core.document;

import java.util.List;

/**
 * Text with the numbers of the sources it rests on, printed after it. An optional {@code label} is set in
 * bold before the text ("Observer status. Let Taiwan attend ..."); an optional {@code translation} (the English of
 * a bilingual brief's Chinese) is set below it, in a lighter colour.
 */
public record Paragraph(String label, String text, List<Integer> citations, TextStyle style, String translation)
        implements Block {
    public Paragraph {
        label = label == null ? "" : label;
        text = text == null ? "" : text;
        citations = List.copyOf(citations);
        if (style == null) style = TextStyle.BODY;
        translation = translation == null ? "" : translation;
    }

    public Paragraph(String label, String text, List<Integer> citations, TextStyle style) {
        this(label, text, citations, style, "");
    }

    public static Paragraph of(String text) {
        return new Paragraph("", text, List.of(), TextStyle.BODY);
    }

    public static Paragraph of(String text, List<Integer> citations) {
        return new Paragraph("", text, citations, TextStyle.BODY);
    }

    public static Paragraph styled(String text, TextStyle style) {
        return new Paragraph("", text, List.of(), style);
    }

    /** This paragraph with {@code english} set below it (nothing changes when it is empty). */
    public Paragraph withTranslation(String english) {
        return new Paragraph(label, text, citations, style, english);
    }
}
