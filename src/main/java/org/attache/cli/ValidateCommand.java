package org.attache.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.core.analysis.TranslationCoverage;
import org.attache.core.data.BundledDataset;
import org.attache.core.data.DatasetLoad;
import org.attache.core.data.Problem;
import org.attache.core.export.DatasetFile;
import org.attache.core.model.Translations;
import org.attache.core.sign.SignatureVerifier;
import org.attache.core.sign.TrustedKeys;
import org.attache.core.sign.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate [--json] [FILE]}: checks a dataset; the summary on standard output, each problem on standard error. */
@Command(name = "validate", customSynopsis = "attache validate [-h] [--json] [--require-signature] [FILE]",
        description = {"Check a dataset, by default the bundled one, and its signature (FILE.sig beside it).",
        "Records of each type and translations given go to standard output, each problem with its place "
                + "(file:line:column at $.json.path: error: message) to standard error.",
        "The signature is one line: \"Signed by NAME (key ID) on DATE\", \"Not signed\", \"Bundled with Attaché\", "
                + "\"ALTERED: ...\" when the dataset or its signature changed after signing, or \"Signed by a key this app "
                + "does not trust: ID (claims to be NAME)\", which is said but does not fail (see \"attache trust\")."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:valid (warnings allowed), signed or not", "1:errors, the file cannot be read, or it was "
                + "altered since it was signed, or its signature cannot be read", "2:a mistake in the command"})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Option(names = "--json", description = "Print one JSON object instead, for scripts: {\"file\", \"valid\", \"errors\", "
            + "\"warnings\", \"problems\": [{\"severity\", \"message\", \"line\", \"column\", \"path\"}]}; "
            + "null for a place not known; and \"signature\": {\"status\", \"verified\", \"signer\", \"keyId\", "
            + "\"signedAt\", \"file\", \"problem\", \"message\"}.")
    boolean json;

    @Option(names = "--require-signature", description = "fail (exit 1) unless the dataset is signed by a key trusted "
            + "here, or is the bundled one")
    boolean requireSignature;

    @Parameters(arity = "0..*", paramLabel = "FILE", hidden = true)
    List<Path> files = List.of();

    private final PrintStream out;
    private final PrintStream err;
    private final TrustedKeys trusted;

    ValidateCommand(PrintStream out, PrintStream err, TrustedKeys trusted) {
        this.out = out;
        this.err = err;
        this.trusted = trusted;
    }

    @Override
    public Integer call() throws UsageException {
        if (files.size() > 1) throw new UsageException("validate takes at most one file");
        long start = System.nanoTime();
        DatasetLoad load = files.isEmpty() ? BundledDataset.load() : DatasetFile.reader().read(files.get(0));
        long read = System.nanoTime();
        Verification signature = files.isEmpty() ? Verification.bundled(BundledDataset.DISPLAY_NAME) : verify(files.get(0));
        long verified = System.nanoTime();
        boolean signatureFails = signature != null
                && (SignatureLine.fails(signature) || requireSignature && !signature.vouched());
        if (json) {
            out.println(ValidationJson.of(load, signature));
        } else {
            printSummary(load, signature, signatureFails);
            for (Problem p : load.problems()) err.println(p);
            if (signatureFails) {
                err.println(load.file() + ": error: " + SignatureLine.of(signature) + (SignatureLine.fails(signature) ? ""
                        : " (--require-signature asks for a signature by a key trusted here)"));
            }
            out.printf(Locale.ROOT, "Time:    read and checked in %d ms, signature in %d ms%n", (read - start) / 1_000_000,
                    (verified - read) / 1_000_000);
        }
        return load.isValid() && !signatureFails ? Cli.OK : Cli.FAILED;
    }

    /** The signature of the dataset file; null when its bytes cannot be read (its load says why). */
    private Verification verify(Path file) {
        try {
            return new SignatureVerifier(trusted).verify(file);
        } catch (IOException e) {
            return null;
        }
    }

    private void printSummary(DatasetLoad load, Verification signature, boolean signatureFails) {
        out.println("Dataset: " + load.file());
        if (signature != null) out.println(SignatureLine.of(signature));
        if (load.isReadable()) {
            out.println("Title:   " + load.dataset().title()
                    + (load.dataset().updated() == null ? "" : " (updated " + load.dataset().updated() + ")"));
            out.println("Records:");
            for (Map.Entry<String, Integer> e : load.dataset().recordCounts().entrySet()) {
                out.printf("  %-14s %6d%n", e.getKey(), e.getValue());
            }
            out.println("Traditional Chinese (zh-Hant), texts given:");
            for (TranslationCoverage.Line line : TranslationCoverage.of(load.dataset(), Translations.TRADITIONAL_CHINESE)) {
                out.printf("  %-26s %5d of %5d%s%n", line.list() + "." + line.field(), line.translated(), line.total(),
                        line.complete() ? "" : "  (" + (line.total() - line.translated()) + " shown in English)");
            }
        }
        out.println("Problems: " + load.problemCounts());
        out.println(!load.isReadable() ? "Result:  unreadable" : !load.isValid() ? "Result:  invalid"
                : signatureFails ? "Result:  valid, but its signature fails" : "Result:  valid");
    }
}
