package org.attache.cli;

import picocli.CommandLine.Option;

/**
 * The passphrase of a private key: the first line of a file, or typed at a prompt that does not echo it; never an
 * argument, which other users of the machine can read.
 */
final class PassphraseOptions {
    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "the key's passphrase is the first line of FILE")
    String file;

    @Option(names = "--passphrase-prompt", description = "type the key's passphrase at a prompt (not echoed), or give it "
            + "as the first line of standard input")
    boolean prompt;

    /** Refused with the reason, rather than reported as unknown. */
    @Option(names = "--passphrase", hidden = true, arity = "0..1", fallbackValue = "")
    String onCommandLine;

    /** The passphrase that opens a key. */
    char[] read(PasswordPrompt prompts) throws UsageException {
        check();
        if (file != null) return SecretFile.firstLine("--passphrase-file", file).toCharArray();
        return typed(prompts, "Passphrase of the key: ");
    }

    /** The passphrase of a new key: typed twice at a prompt, since a mistyped one would lock the key for good. */
    char[] readNew(PasswordPrompt prompts) throws UsageException {
        check();
        if (file != null) return SecretFile.firstLine("--passphrase-file", file).toCharArray();
        char[] first = typed(prompts, "Passphrase for the new key: ");
        char[] again = typed(prompts, "The same passphrase again: ");
        if (!java.util.Arrays.equals(first, again)) throw new UsageException("the two passphrases typed differ");
        return first;
    }

    private void check() throws UsageException {
        if (onCommandLine != null) {
            throw new UsageException("a passphrase is never given on the command line, where others can see it: use "
                    + "--passphrase-file FILE or --passphrase-prompt");
        }
        if (file != null && prompt) throw new UsageException("choose one of --passphrase-file and --passphrase-prompt");
        if (file == null && !prompt) throw new UsageException("the key's passphrase is needed: --passphrase-file FILE or "
                + "--passphrase-prompt");
    }

    private static char[] typed(PasswordPrompt prompts, String message) throws UsageException {
        String typed = prompts.read(message);
        if (typed == null) throw new UsageException("--passphrase-prompt: no passphrase was typed");
        return typed.toCharArray();
    }
}
