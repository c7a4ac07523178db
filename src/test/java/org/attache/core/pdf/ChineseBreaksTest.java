package org.attache.core.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which characters break like Chinese (between any two), at the edges of the scripts that do. */
class ChineseBreaksTest {
    @Test
    void latinGreekCyrillicAndHebrewDoNot() {
        for (char c : "Aé ΩЖש\u00a0\u10ff".toCharArray()) assertFalse(ChineseBreaks.isChinese(c), Integer.toHexString(c));
    }

    @Test
    void hanKanaHangulAndFullWidthFormsDo() {
        for (char c : "中臺ひカ\u1100한，。（".toCharArray()) assertTrue(ChineseBreaks.isChinese(c), Integer.toHexString(c));
    }
}
