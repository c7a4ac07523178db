package org.attache.core.pack;

/**
 * Whose copy of a pack this is: the reader's name and a short copy number, stamped faintly across every page and in
 * the footer with the date, so that a copy that is passed on says whose it was. Not kept in the pack file: each
 * export names its own.
 */
public record Recipient(String name, int copy) {
    public static final int MAX_LENGTH = 60;

    public Recipient {
        name = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) throw new IllegalArgumentException("a recipient has a name");
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a recipient's name is at most " + MAX_LENGTH + " characters, not "
                    + name.length());
        }
        if (copy < 1 || copy > 9999) throw new IllegalArgumentException("a copy number is from 1 to 9999, not " + copy);
    }
}
