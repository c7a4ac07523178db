package org.attache.core.data.json;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes on while checking that they are UTF-8 as RFC 3629 defines it: no overlong forms (C0 AF is not "/"),
 * no encoded surrogates, nothing above U+10FFFF, no sequence cut short; and no NUL byte, which JSON text never
 * holds raw and which would make the parser take the file for UTF-16 or UTF-32. A byte that breaks the rule stops the read
 * with its line and column, counted in characters as an editor does.
 */
final class StrictUtf8Stream extends FilterInputStream {
    /** Invalid UTF-8, with where it is. */
    static final class InvalidUtf8 extends CharConversionException {
        final TextPosition position;

        InvalidUtf8(String message, TextPosition position) {
            super(message);
            this.position = position;
        }
    }

    private int pending;      // continuation bytes still expected
    private int low = 0x80;   // the range the next continuation byte must fall in
    private int high = 0xBF;
    private int line = 1;
    private int column;

    StrictUtf8Stream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) end();
        else check(b);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) end();
        for (int i = 0; i < n; i++) check(buffer[offset + i] & 0xFF);
        return n;
    }

    private void end() throws InvalidUtf8 {
        if (pending > 0) throw invalid("the file ends inside a character");
    }

    private void check(int b) throws InvalidUtf8 {
        if (pending > 0) {
            if (b < low || b > high) throw invalid(String.format("byte %02X cannot continue a character here", b));
            pending--;
            low = 0x80;
            high = 0xBF;
            return;
        }
        column++;
        if (b == 0) {
            // JSON text never holds a raw NUL; a file full of them is UTF-16 or UTF-32 text
            throw invalid("byte 00 (NUL) has no place in a text file; if the file is in UTF-16 or UTF-32, "
                    + "save it as UTF-8");
        }
        if (b < 0x80) {
            if (b == '\n') {
                line++;
                column = 0;
            }
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b == 0xE0) {
            pending = 2;
            low = 0xA0;
        } else if (b == 0xED) {
            pending = 2;
            high = 0x9F;
        } else if (b >= 0xE1 && b <= 0xEF) {
            pending = 2;
        } else if (b == 0xF0) {
            pending = 3;
            low = 0x90;
        } else if (b >= 0xF1 && b <= 0xF3) {
            pending = 3;
        } else if (b == 0xF4) {
            pending = 3;
            high = 0x8F;
        } else {
            throw invalid(String.format("byte %02X never starts a character (an overlong form, or a character "
                    + "beyond U+10FFFF)", b));
        }
    }

    private InvalidUtf8 invalid(String what) {
        return new InvalidUtf8(what, new TextPosition(line, Math.max(1, column)));
    }
}
