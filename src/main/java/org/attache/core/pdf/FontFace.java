package org.attache.core.pdf;

/**
 * The bundled typefaces, read from the class path: Liberation Sans and Serif for Latin, Greek, Cyrillic and Hebrew,
 * and Noto Sans TC for Traditional Chinese (both SIL Open Font License). Text a Liberation face cannot show is set
 * in the Noto face of the same weight, character by character.
 */
enum FontFace {
    SANS("liberation/LiberationSans-Regular.ttf"),
    SANS_BOLD("liberation/LiberationSans-Bold.ttf"),
    SANS_ITALIC("liberation/LiberationSans-Italic.ttf"),
    SERIF_ITALIC("liberation/LiberationSerif-Italic.ttf"),
    CJK("fonts/noto-sans-tc/NotoSansTC-Regular.ttf"),
    CJK_BOLD("fonts/noto-sans-tc/NotoSansTC-Bold.ttf");

    final String resource;

    FontFace(String resource) {
        this.resource = resource;
    }
}
