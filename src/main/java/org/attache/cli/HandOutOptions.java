package org.attache.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.core.export.ExportOptions;
import org.attache.core.pack.Classification;
import org.attache.core.pack.Pack;
import org.attache.core.pack.Recipient;
import org.attache.core.pdf.Protection;
import picocli.CommandLine.Option;

/**
 * How a pack is handed out: its marking and caveat, a draft, the reader's name on a numbered copy or a copy per
 * name in a list, and a password read from a file or typed at a prompt, never from the arguments.
 */
final class HandOutOptions {
    @Option(names = "--marking", paramLabel = "MARKING", description = "RESTRICTED, UNCLASSIFIED, CONFIDENTIAL, SECRET or "
            + "any text, at the head and foot of every page")
    String marking;

    @Option(names = "--caveat", paramLabel = "CAVEAT", description = "a handling caveat beside the marking, such as "
            + "\"DELEGATION ONLY\"")
    String caveat;

    @Option(names = "--draft", description = "DRAFT across every page")
    boolean draft;

    @Option(names = "--recipient", paramLabel = "NAME", description = "stamp the reader's name, the date and the copy "
            + "number on every page")
    String recipient;

    @Option(names = "--copy", paramLabel = "N", description = "the number of the --recipient's copy, 1 to 9999 "
            + "(default: 1)")
    String copy;

    @Option(names = "--recipients", paramLabel = "NAMES.txt", description = "one stamped copy per name (a name a line, "
            + "# for comments) into the --out folder")
    String recipients;

    @Option(names = "--password-file", paramLabel = "FILE", description = "lock the PDF (AES-256) with the first line of "
            + "FILE as its password")
    String passwordFile;

    @Option(names = "--password-prompt", description = "lock the PDF with a password typed at a prompt (not echoed), or "
            + "the first line of standard input")
    boolean passwordPrompt;

    @Option(names = "--no-print", description = "a locked PDF cannot be printed")
    boolean noPrint;

    @Option(names = "--no-copy", description = "a locked PDF's text cannot be copied")
    boolean noCopy;

    @Option(names = "--no-pdfa", description = "not PDF/A-2b (a locked PDF never is)")
    boolean noPdfA;

    /** The checks of single values, made before anything else, as the arguments are read. */
    void check() throws UsageException {
        if (marking != null && marking.strip().length() > Classification.MAX_LENGTH) {
            throw new UsageException("--marking is " + marking.strip().length() + " characters long; at most "
                    + Classification.MAX_LENGTH + " fit at the head of a page");
        }
        if (caveat != null && caveat.strip().length() > Classification.MAX_LENGTH) {
            throw new UsageException("--caveat is " + caveat.strip().length() + " characters long; at most "
                    + Classification.MAX_LENGTH + " fit beside the marking");
        }
        copy();
    }

    /** The checks of options that go together. */
    void checkCombination() throws UsageException {
        if (recipients != null && recipient != null) throw new UsageException("choose one of --recipient and --recipients");
        if (copy != null && recipient == null) throw new UsageException("--copy numbers the copy of a --recipient");
        if ((noPrint || noCopy) && passwordFile == null && !passwordPrompt) {
            throw new UsageException("--no-print and --no-copy need a password (--password-file or --password-prompt)");
        }
        if (passwordFile != null && passwordPrompt) throw new UsageException("choose one of --password-file and --password-prompt");
    }

    /** The export's options: archival unless --no-pdfa, locked when a password is given, stamped for a --recipient. */
    ExportOptions exportOptions(PasswordPrompt prompt) throws UsageException {
        ExportOptions options = ExportOptions.STANDARD.withArchival(!noPdfA).withProtection(protection(prompt));
        if (recipient == null) return options;
        try {
            return options.withRecipient(new Recipient(recipient, copy()));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--recipient: " + e.getMessage());
        }
    }

    Pack applyTo(Pack pack) {
        if (marking != null) pack = pack.withClassification(marking);
        if (caveat != null) pack = pack.withControl(pack.control().withCaveat(caveat));
        if (draft) pack = pack.withControl(pack.control().withDraft(true));
        return pack;
    }

    private int copy() throws UsageException {
        if (copy == null) return 1;
        int n;
        try {
            n = Integer.parseInt(copy.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--copy is \"" + copy + "\"; expected a number from 1 to 9999");
        }
        if (n < 1 || n > 9999) throw new UsageException("--copy is " + n + "; expected a number from 1 to 9999");
        return n;
    }

    /** The password from its file (its first line) or typed at a prompt that does not echo it; null for none. */
    private Protection protection(PasswordPrompt prompt) throws UsageException {
        String password;
        if (passwordFile != null) {
            password = SecretFile.firstLine("--password-file", passwordFile);
        } else if (passwordPrompt) {
            password = prompt.read("Password for the PDF: ");
            if (password == null) throw new UsageException("--password-prompt: no password was typed");
        } else {
            return null;
        }
        try {
            return new Protection(password, !noPrint, !noCopy);
        } catch (IllegalArgumentException e) {
            throw new UsageException("the password cannot be used: " + e.getMessage());
        }
    }

    /** The recipients' names, a line each (blank lines and lines starting with # left out), numbered 1, 2, 3 … */
    List<Recipient> recipients() throws UsageException {
        if (recipients == null) return List.of();
        Path file = Path.of(recipients);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("--recipients " + file + " cannot be read: " + e.getMessage());
        }
        List<Recipient> named = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String name = lines.get(i).strip();
            if (name.isEmpty() || name.startsWith("#")) continue;
            try {
                named.add(new Recipient(name, named.size() + 1));
            } catch (IllegalArgumentException e) {
                throw new UsageException(file + ", line " + (i + 1) + ": " + e.getMessage());
            }
        }
        if (named.isEmpty()) throw new UsageException("--recipients " + file + " names nobody");
        return named;
    }
}
