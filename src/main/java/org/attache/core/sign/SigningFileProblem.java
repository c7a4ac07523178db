package org.attache.core.sign;

/**
 * A key or signature file that cannot be used (unreadable, not of its kind, a wrong passphrase), said in plain
 * words that name the file; never a bug, always something the user can put right.
 */
public final class SigningFileProblem extends Exception {
    public SigningFileProblem(String message) {
        super(message);
    }
}
