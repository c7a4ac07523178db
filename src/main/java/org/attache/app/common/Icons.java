package org.attache.app.common;

import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Icons from Material Design Icons (through Ikonli), drawn from a font so they stay sharp at any size and take the
 * theme's text colour. Used where an icon says more than a word: page and zoom arrows, moving, new pack, filters.
 */
public enum Icons {
    PAGE_UP("mdi2c-chevron-up"),
    PAGE_DOWN("mdi2c-chevron-down"),
    ZOOM_OUT("mdi2m-magnify-minus-outline"),
    ZOOM_IN("mdi2m-magnify-plus-outline"),
    MOVE_UP("mdi2a-arrow-up"),
    MOVE_DOWN("mdi2a-arrow-down"),
    NEW_PACK("mdi2f-file-document-plus-outline"),
    CLEAR_FILTERS("mdi2f-filter-remove-outline");

    private final String literal;

    Icons(String literal) {
        this.literal = literal;
    }

    public String literal() {
        return literal;
    }

    /** The icon, sized to sit beside a control's text. */
    public FontIcon icon() {
        FontIcon icon = new FontIcon(literal);
        icon.getStyleClass().add("app-icon");
        return icon;
    }
}
