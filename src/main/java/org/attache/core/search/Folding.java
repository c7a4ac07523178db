package org.attache.core.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as a search compares it: lower case, accents dropped ("Rīga" matches "riga"), one character for one, so
 * a match's position is also its position in the original.
 */
final class Folding {
    private Folding() {
    }

    static String fold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                sb.append(Character.toLowerCase(c));
                continue;
            }
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            String lower = (base.length() == 1 ? base : String.valueOf(c)).toLowerCase(Locale.ROOT);
            sb.append(lower.length() == 1 ? lower.charAt(0) : c);
        }
        return sb.toString();
    }
}
