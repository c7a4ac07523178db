package org.attache.core.pdf;

import java.nio.charset.StandardCharsets;

/**
 * A pack locked with a password: AES-256, opened only with {@code password}; whether its reader may print it and copy
 * text out of it. Reading aloud by assistive technology is always allowed. Never kept in a pack file.
 */
public record Protection(String password, boolean printing, boolean copying) {
    /** AES-256 (PDF 2.0, revision 6) takes at most 127 bytes of a password's UTF-8. */
    public static final int MAX_BYTES = 127;

    public Protection {
        if (password == null || password.isEmpty()) throw new IllegalArgumentException("a password is not empty");
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("a password is at most " + MAX_BYTES + " bytes (UTF-8)");
        }
    }

    @Override
    public String toString() {
        return "Protection[password hidden, printing=" + printing + ", copying=" + copying + "]";
    }
}
