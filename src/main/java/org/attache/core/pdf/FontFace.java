package org.attache.core.pdf;

/** The bundled typefaces, Liberation Sans and Serif (SIL Open Font License), read from the class path. */
enum FontFace {
    SANS("liberation/LiberationSans-Regular.ttf"),
    SANS_BOLD("liberation/LiberationSans-Bold.ttf"),
    SANS_ITALIC("liberation/LiberationSans-Italic.ttf"),
    SERIF_ITALIC("liberation/LiberationSerif-Italic.ttf");

    final String resource;

    FontFace(String resource) {
        this.resource = resource;
    }
}
