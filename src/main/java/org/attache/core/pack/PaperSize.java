package org.attache.core.pack;

import org.attache.core.model.JsonEnum;

/** The paper a pack is printed on, with its size in PostScript points (1/72 inch). */
public enum PaperSize implements JsonEnum {
    A4("A4", 595.2756f, 841.8898f),
    LETTER("Letter", 612f, 792f);

    private final String label;
    private final float width;
    private final float height;

    PaperSize(String label, float width, float height) {
        this.label = label;
        this.width = width;
        this.height = height;
    }

    @Override
    public String json() {
        return JsonEnum.kebab(this);
    }

    @Override
    public String label() {
        return label;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }
}
