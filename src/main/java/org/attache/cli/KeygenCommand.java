package org.attache.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.attache.core.sign.PrivateKeyFile;
import org.attache.core.sign.PublicKeyFile;
import org.attache.core.sign.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code keygen --name NAME --out DIR}: a new signing key, its private half under a passphrase, its public half to hand out. */
@Command(name = "keygen", sortOptions = false,
        customSynopsis = "attache keygen --name NAME --out FOLDER (--passphrase-file FILE | --passphrase-prompt)",
        description = {"Make a key for signing datasets: FOLDER/ID.key, the private key, encrypted with a passphrase "
                + "(at least " + PrivateKeyFile.MIN_PASSPHRASE_LENGTH + " characters), and FOLDER/ID.pub, the public "
                + "key that others trust with \"attache trust\".",
                "Keep the .key file and its passphrase apart, and both away from the datasets you hand out."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:a file cannot be written", "2:a mistake in the command"})
final class KeygenCommand implements Callable<Integer> {
    @Option(names = "--name", paramLabel = "NAME", description = "who signs, as the missions will read it, such as "
            + "\"Ministry of Foreign Affairs, Taipei\"")
    String name;

    @Option(names = "--out", paramLabel = "FOLDER", description = "the folder to write the two files into")
    String out;

    @Mixin
    PassphraseOptions passphrase;

    @Mixin
    HelpOption help;

    private final PrintStream stdout;
    private final PrintStream err;
    private final PasswordPrompt prompt;
    private final PrivateKeyFile keyFiles;

    KeygenCommand(PrintStream stdout, PrintStream err, PasswordPrompt prompt, PrivateKeyFile keyFiles) {
        this.stdout = stdout;
        this.err = err;
        this.prompt = prompt;
        this.keyFiles = keyFiles;
    }

    @Override
    public Integer call() throws UsageException {
        if (name == null) throw new UsageException("keygen needs --name, the signer's name");
        if (out == null) throw new UsageException("keygen needs --out FOLDER");
        Path folder = Path.of(out);
        if (Files.isRegularFile(folder)) throw new UsageException("--out " + out + " is a file; name a folder");
        SigningKey key;
        try {
            key = SigningKey.generate(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--name: " + e.getMessage());
        }
        char[] secret = passphrase.readNew(prompt);
        try {
            if (secret.length < PrivateKeyFile.MIN_PASSPHRASE_LENGTH) {
                throw new UsageException("the passphrase is " + secret.length + " characters long; at least "
                        + PrivateKeyFile.MIN_PASSPHRASE_LENGTH + " keep the key safe if the file is lost");
            }
            Path privateFile = folder.resolve(key.keyId() + PrivateKeyFile.SUFFIX);
            Path publicFile = folder.resolve(key.keyId() + PublicKeyFile.SUFFIX);
            Files.createDirectories(folder);
            keyFiles.write(privateFile, key, secret);
            PublicKeyFile.write(publicFile, key.publicPart());
            stdout.println("Key " + key.keyId() + " for " + key.signer());
            stdout.println("Wrote " + privateFile + "  (private: sign with it; keep it and its passphrase safe)");
            stdout.println("Wrote " + publicFile + "  (public: give it to those who check your signatures)");
            return Cli.OK;
        } catch (IOException e) {
            err.println("attache: could not write the key into " + folder + ": " + e.getMessage());
            return Cli.FAILED;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}
