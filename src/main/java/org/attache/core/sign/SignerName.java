package org.attache.core.sign;

/**
 * Who signs: a name such as "Ministry of Foreign Affairs, Taipei", on one line of at most 200 characters, so that
 * what a signature claims can be printed as it is and cannot pass for something else on screen.
 */
public final class SignerName {
    public static final int MAX_LENGTH = 200;

    private SignerName() {
    }

    /** The name, stripped; why it cannot be one as an IllegalArgumentException. */
    public static String check(String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("the signer's name is empty");
        String stripped = name.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the signer's name is " + stripped.length() + " characters long; at most "
                    + MAX_LENGTH);
        }
        if (stripped.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new IllegalArgumentException("the signer's name has a control character; it must be one line of text");
        }
        return stripped;
    }
}
