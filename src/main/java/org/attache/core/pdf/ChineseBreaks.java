package org.attache.core.pdf;

/**
 * Where a line may end inside text without spaces: before or after a Chinese (or Japanese, Korean) character or
 * full-width mark, except before a mark that closes (，。、；：？！）」』】》 …) and after one that opens (（「『【《 …),
 * as Chinese typesetting requires. Latin text keeps breaking at spaces only.
 */
final class ChineseBreaks {
    private static final String NO_LINE_START = "，。、；：？！）」』】〕〉》｝］’”…‥·・ー～々〜％,.;:?!)]}%\u3001\u3002\uff0c\uff0e";
    private static final String NO_LINE_END = "（「『【〔〈《｛［‘“([{";

    private ChineseBreaks() {
    }

    /** For each position of {@code text}, whether a line may break just before the character there. */
    static boolean[] opportunities(CharSequence text) {
        boolean[] at = new boolean[text.length() + 1];
        for (int k = 1; k < text.length(); k++) {
            char before = text.charAt(k - 1);
            char here = text.charAt(k);
            if (Character.isLowSurrogate(here) || here == ' ' || before == ' ') continue;
            if (!isChinese(before) && !isChinese(here)) continue;
            if (NO_LINE_START.indexOf(here) >= 0 || NO_LINE_END.indexOf(before) >= 0) continue;
            if (here == '\u00a0' || before == '\u00a0') continue;
            at[k] = true;
        }
        return at;
    }

    static boolean isChinese(char c) {
        if (c < '\u1100') return false;   // Latin, Greek, Cyrillic…: below the first of these scripts (Hangul Jamo)
        if (c >= '\u3000' && c <= '\u303f') return true;   // CJK symbols and punctuation
        if (c >= '\uff00' && c <= '\uffef') return true;   // full-width forms
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.BOPOMOFO
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }
}
