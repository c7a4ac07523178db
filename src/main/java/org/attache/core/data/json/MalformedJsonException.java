package org.attache.core.data.json;

/** The text is not well-formed JSON, or breaks a read limit; says where and what in plain words. */
public final class MalformedJsonException extends Exception {
    private final TextPosition position;

    public MalformedJsonException(String message, TextPosition position) {
        super(message);
        this.position = position;
    }

    public TextPosition position() {
        return position;
    }
}
