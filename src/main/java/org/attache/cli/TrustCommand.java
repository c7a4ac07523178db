package org.attache.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.attache.core.sign.PublicKeyFile;
import org.attache.core.sign.SigningFileProblem;
import org.attache.core.sign.TrustedKey;
import org.attache.core.sign.TrustedKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trust FILE.pub}: believes signatures by that key from now on; {@code trust --list}: the keys believed. */
@Command(name = "trust", customSynopsis = {"attache trust FILE.pub", "       attache trust --list"},
        description = {"Trust a signer's public key (a .pub file made by \"attache keygen\"): datasets it signs show "
                + "as signed by its name, in the app and in \"attache validate\".",
                "The key is kept in your own folder of trusted keys; the keys bundled with Attaché are always trusted.",
                "Trust a key only as it came from its owner, by a way you trust, and compare its id with theirs."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:trusted, or listed", "1:the file is not a public key, or cannot be kept",
                "2:a mistake in the command"})
final class TrustCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE.pub", hidden = true)
    List<Path> files = List.of();

    @Option(names = "--list", description = "list the keys trusted: those bundled with Attaché and those added")
    boolean list;

    @Mixin
    HelpOption help;

    private final PrintStream out;
    private final PrintStream err;
    private final TrustedKeys trusted;

    TrustCommand(PrintStream out, PrintStream err, TrustedKeys trusted) {
        this.out = out;
        this.err = err;
        this.trusted = trusted;
    }

    @Override
    public Integer call() throws UsageException {
        if (list && !files.isEmpty()) throw new UsageException("choose one of FILE.pub and --list");
        if (list) return list();
        if (files.size() != 1) throw new UsageException("trust takes one public key file (FILE.pub), or --list");
        Path file = files.get(0);
        try {
            TrustedKey key = PublicKeyFile.read(file);
            if (trusted.bundled().stream().anyMatch(k -> k.keyId().equals(key.keyId()))) {
                out.println("Already trusted: " + line(key) + "  (bundled with Attaché)");
                return Cli.OK;
            }
            boolean known = trusted.find(key.keyId()).isPresent();
            trusted.add(file);
            out.println((known ? "Already trusted: " : "Trusted: ") + line(key));
            out.println("Kept in " + trusted.folder());
            for (TrustedKey other : all()) {
                if (other.signer().equals(key.signer()) && !other.keyId().equals(key.keyId())) {
                    out.println("note: key " + other.keyId() + " is trusted under the same name");
                }
            }
            return Cli.OK;
        } catch (SigningFileProblem e) {
            err.println("attache: " + e.getMessage());
            return Cli.FAILED;
        } catch (IOException e) {
            err.println("attache: could not keep the key in " + trusted.folder() + ": " + e.getMessage());
            return Cli.FAILED;
        }
    }

    private int list() {
        for (TrustedKey key : trusted.bundled()) out.println(line(key) + "  (bundled with Attaché)");
        for (TrustedKey key : trusted.added()) out.println(line(key) + "  (added)");
        out.println("Keys added are kept in " + trusted.folder());
        for (String problem : trusted.unreadable()) err.println("warning: " + problem + "; it is not trusted");
        return Cli.OK;
    }

    private List<TrustedKey> all() {
        return Stream.concat(trusted.bundled().stream(), trusted.added().stream()).toList();
    }

    private static String line(TrustedKey key) {
        return key.keyId() + "  " + key.signer();
    }
}
