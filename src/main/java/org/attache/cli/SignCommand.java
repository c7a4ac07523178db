package org.attache.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.core.data.DatasetLoad;
import org.attache.core.export.DatasetFile;
import org.attache.core.sign.DatasetSigner;
import org.attache.core.sign.DetachedSignature;
import org.attache.core.sign.PrivateKeyFile;
import org.attache.core.sign.SignatureFile;
import org.attache.core.sign.SigningFileProblem;
import org.attache.core.sign.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sign DATASET --key FILE.key}: writes DATASET.sig, the signature of the dataset's exact bytes. */
@Command(name = "sign", sortOptions = false,
        customSynopsis = "attache sign DATASET --key FILE.key (--passphrase-file FILE | --passphrase-prompt)",
        description = {"Sign a dataset: DATASET.sig, written beside it, says who signed its exact bytes and when.",
                "Only a valid dataset is signed. Any later change to the dataset, or to the .sig, shows when it is "
                        + "opened or validated. Sign again after each change."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:signed", "1:the dataset has errors or cannot be read, the key does not open, or the "
                + "signature cannot be written", "2:a mistake in the command"})
final class SignCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "DATASET", hidden = true)
    List<Path> files = List.of();

    @Option(names = "--key", paramLabel = "FILE.key", description = "the private key, as made by \"attache keygen\"")
    String key;

    @Mixin
    PassphraseOptions passphrase;

    @Mixin
    HelpOption help;

    private final PrintStream out;
    private final PrintStream err;
    private final PasswordPrompt prompt;
    private final Clock clock;

    SignCommand(PrintStream out, PrintStream err, PasswordPrompt prompt, Clock clock) {
        this.out = out;
        this.err = err;
        this.prompt = prompt;
        this.clock = clock;
    }

    @Override
    public Integer call() throws UsageException {
        if (files.size() != 1) throw new UsageException("sign takes one dataset file");
        if (key == null) throw new UsageException("sign needs --key FILE.key");
        Path dataset = files.get(0);
        if (!Files.isRegularFile(dataset)) throw new UsageException(dataset + " is not a file");
        if (!Files.isRegularFile(Path.of(key))) throw new UsageException("--key " + key + " is not a file");
        char[] secret = passphrase.read(prompt);
        long start = System.nanoTime();
        SigningKey signing;
        try {
            signing = PrivateKeyFile.read(Path.of(key), secret);
        } catch (SigningFileProblem e) {
            err.println("attache: " + e.getMessage());
            return Cli.FAILED;
        } finally {
            Arrays.fill(secret, '\0');
        }
        long opened = System.nanoTime();
        DatasetLoad load = DatasetFile.reader().read(dataset);
        if (!load.isValid()) {
            err.println("attache: " + dataset + " has " + load.problemCounts() + "; only a valid dataset is signed "
                    + "(attache validate " + dataset + " lists them)");
            return Cli.FAILED;
        }
        long checked = System.nanoTime();
        try {
            DetachedSignature signature = new DatasetSigner(signing).sign(dataset, clock.instant());
            long signed = System.nanoTime();
            out.println("Signed:  " + dataset);
            out.println("SHA-256: " + signature.sha256());
            out.println("Signer:  " + signature.signer() + " (key " + signature.keyId() + ")");
            out.println("At:      " + signature.signedAtText());
            out.printf(Locale.ROOT, "Wrote %s in %d ms (key opened in %d ms, dataset checked in %d ms)%n",
                    SignatureFile.beside(dataset), millis(checked, signed), millis(start, opened), millis(opened, checked));
            return Cli.OK;
        } catch (IOException e) {
            err.println("attache: could not sign " + dataset + ": " + e.getMessage());
            return Cli.FAILED;
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
