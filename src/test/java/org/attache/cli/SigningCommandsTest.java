package org.attache.cli;

import static org.attache.core.sign.SigningFixtures.PASSPHRASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.attache.core.io.Sha256;
import org.attache.core.sign.PrivateKeyFile;
import org.attache.core.sign.PublicKeyFile;
import org.attache.core.sign.SigningFixtures;
import org.attache.core.sign.SigningKey;
import org.attache.core.sign.TrustedKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headquarters makes a key and signs a dataset; a mission trusts the key and validates the dataset: signed, altered,
 * signed by a key it does not trust, or with a signature that cannot be read. A passphrase never on the command line.
 */
class SigningCommandsTest {
    private static final String MINISTRY = "Ministry of Foreign Affairs, Taipei";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        TrustedKeys trusted = new TrustedKeys(TrustedKeys.bundledKeys(), dir.resolve("trusted-keys"));
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), files -> Cli.FAILED, trusted).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path passphraseFile() throws IOException {
        return Files.writeString(dir.resolve("passphrase.txt"), PASSPHRASE + "\n");
    }

    /** A key file written with the fewest iterations allowed, so that the tests stay quick. */
    private Path keyFile(SigningKey key) throws IOException {
        Path file = dir.resolve(key.keyId() + ".key");
        new PrivateKeyFile(PrivateKeyFile.MIN_ITERATIONS).write(file, key, PASSPHRASE.toCharArray());
        return file;
    }

    private Path dataset() throws IOException {
        return SigningFixtures.dataset(dir, "campaign.json");
    }

    private static String onlyFile(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).findFirst().orElseThrow();
        }
    }

    @Test
    void keygenThenSignThenTrustThenValidate() throws IOException {
        Path keys = dir.resolve("keys");
        assertEquals(Cli.OK, run("keygen", "--name", MINISTRY, "--out", keys.toString(),
                "--passphrase-file", passphraseFile().toString()), err());
        String id = onlyFile(keys, ".pub").replace(".pub", "");
        assertTrue(id.matches("[0-9a-f]{16}"), id);
        assertTrue(out().startsWith("Key " + id + " for " + MINISTRY + "\n"), out());
        assertTrue(Files.isRegularFile(keys.resolve(id + ".key")));

        Path dataset = dataset();
        assertEquals(Cli.OK, run("validate", dataset.toString()));
        assertTrue(out().contains("\nNot signed\n"), out());

        assertEquals(Cli.OK, run("sign", dataset.toString(), "--key", keys.resolve(id + ".key").toString(),
                "--passphrase-file", passphraseFile().toString()), err());
        assertTrue(out().contains("Signed:  " + dataset + "\n"), out());
        assertTrue(out().contains("SHA-256: " + Sha256.of(dataset) + "\n"), out());
        assertTrue(out().contains("Signer:  " + MINISTRY + " (key " + id + ")\n"), out());
        assertTrue(out().matches("(?s).*Wrote " + java.util.regex.Pattern.quote(dataset + ".sig") + " in \\d+ ms .*"), out());
        assertEquals("", err());

        assertEquals(Cli.OK, run("validate", dataset.toString()), "a key not trusted is said, and does not fail");
        assertTrue(out().contains("\nSigned by a key this app does not trust: " + id + " (claims to be " + MINISTRY + ")\n"),
                out());

        assertEquals(Cli.OK, run("trust", keys.resolve(id + ".pub").toString()), err());
        assertTrue(out().startsWith("Trusted: " + id + "  " + MINISTRY + "\n"), out());
        assertEquals(Cli.OK, run("trust", "--list"));
        assertTrue(out().contains("af2c4cc411d3623a  Attaché headquarters  (bundled with Attaché)\n"), out());
        assertTrue(out().contains(id + "  " + MINISTRY + "  (added)\n"), out());

        assertEquals(Cli.OK, run("validate", dataset.toString()), err());
        assertTrue(out().matches("(?s).*\\nSigned by " + MINISTRY + " \\(key " + id
                + "\\) on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\n.*"), out());
        assertTrue(out().contains("Result:  valid\n"), out());
        assertEquals(Cli.OK, run("validate", "--require-signature", dataset.toString()));

        Files.writeString(dataset, Files.readString(dataset).replace("Minimal fixture", "Minimal fixturE"));
        assertEquals(Cli.FAILED, run("validate", dataset.toString()), "altered since signed fails");
        assertTrue(out().matches("(?s).*\\nALTERED: campaign\\.json has changed since " + MINISTRY
                + " signed it on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\n.*"), out());
        assertTrue(out().contains("Result:  valid, but its signature fails\n"), out());
        assertTrue(err().contains(dataset + ": error: ALTERED: campaign.json has changed since " + MINISTRY), err());
    }

    @Test
    void validateJsonGivesTheSignatureAsAnObject() throws IOException {
        SigningKey key = SigningKey.generate(MINISTRY);
        Path dataset = dataset();
        assertEquals(Cli.OK, run("sign", dataset.toString(), "--key", keyFile(key).toString(),
                "--passphrase-file", passphraseFile().toString()), err());
        PublicKeyFile.write(dir.resolve("ministry.pub"), key.publicPart());
        assertEquals(Cli.OK, run("trust", dir.resolve("ministry.pub").toString()));

        assertEquals(Cli.OK, run("validate", "--json", dataset.toString()));

        JsonNode signature = new ObjectMapper().readTree(out()).get("signature");
        assertEquals("signed", signature.get("status").asText());
        assertTrue(signature.get("verified").asBoolean());
        assertEquals(MINISTRY, signature.get("signer").asText());
        assertEquals(key.keyId(), signature.get("keyId").asText());
        assertTrue(signature.get("signedAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), signature.toString());
        assertEquals("campaign.json", signature.get("file").asText());
        assertTrue(signature.get("problem").isNull());
        assertTrue(signature.get("message").asText().startsWith("Signed by " + MINISTRY), signature.toString());

        Files.writeString(dataset.resolveSibling("campaign.json.sig"), "not a signature");
        assertEquals(Cli.FAILED, run("validate", "--json", dataset.toString()));
        signature = new ObjectMapper().readTree(out()).get("signature");
        assertEquals("malformed-signature", signature.get("status").asText());
        assertFalse(signature.get("verified").asBoolean());
        assertEquals("campaign.json.sig", signature.get("file").asText());
    }

    @Test
    void aWrongPassphraseIsRefusedWithoutAStackTraceAndNothingIsSigned() throws IOException {
        Path key = keyFile(SigningKey.generate(MINISTRY));
        Path dataset = dataset();
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "not the passphrase at all\n");

        assertEquals(Cli.FAILED, run("sign", dataset.toString(), "--key", key.toString(), "--passphrase-file", wrong.toString()));

        assertEquals("attache: the passphrase does not open " + key.getFileName() + " (or the file was changed)\n", err());
        assertFalse(Files.exists(dataset.resolveSibling("campaign.json.sig")));
    }

    @Test
    void aPassphraseIsNeverTakenFromTheArguments() throws IOException {
        Path key = keyFile(SigningKey.generate(MINISTRY));
        Path dataset = dataset();
        assertEquals(Cli.USAGE, run("sign", dataset.toString(), "--key", key.toString(), "--passphrase", PASSPHRASE));
        assertTrue(err().startsWith("attache sign: a passphrase is never given on the command line, where others can see "
                + "it: use --passphrase-file FILE or --passphrase-prompt\n"), err());
        assertEquals(Cli.USAGE, run("keygen", "--name", MINISTRY, "--out", dir.toString(), "--passphrase=" + PASSPHRASE));
        assertTrue(err().startsWith("attache keygen: a passphrase is never given on the command line"), err());
        assertEquals(Cli.USAGE, run("sign", dataset.toString(), "--key", key.toString()));
        assertTrue(err().contains("the key's passphrase is needed: --passphrase-file FILE or --passphrase-prompt"), err());
    }

    @Test
    void aPassphraseCanBeTypedAtThePromptAndANewOneIsTypedTwice() throws IOException {
        Path dataset = dataset();
        Path key = keyFile(SigningKey.generate(MINISTRY));
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream((PASSPHRASE + "\n").getBytes(StandardCharsets.UTF_8)));
            assertEquals(Cli.OK, run("sign", dataset.toString(), "--key", key.toString(), "--passphrase-prompt"), err());
            assertTrue(Files.exists(dataset.resolveSibling("campaign.json.sig")));

            System.setIn(new ByteArrayInputStream((PASSPHRASE + "\n" + PASSPHRASE + "!\n").getBytes(StandardCharsets.UTF_8)));
            assertEquals(Cli.USAGE, run("keygen", "--name", MINISTRY, "--out", dir.resolve("keys").toString(),
                    "--passphrase-prompt"));
            assertTrue(err().contains("attache keygen: the two passphrases typed differ"), err());
            assertFalse(Files.exists(dir.resolve("keys")));
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void aShortPassphraseOrAnUnfitNameMakesNoKey() throws IOException {
        Path shortOne = Files.writeString(dir.resolve("short.txt"), "too short\n");
        assertEquals(Cli.USAGE, run("keygen", "--name", MINISTRY, "--out", dir.resolve("keys").toString(),
                "--passphrase-file", shortOne.toString()));
        assertTrue(err().contains("the passphrase is 9 characters long; at least 12"), err());
        assertEquals(Cli.USAGE, run("keygen", "--name", " ", "--out", dir.resolve("keys").toString(),
                "--passphrase-file", passphraseFile().toString()));
        assertTrue(err().contains("--name: the signer's name is empty"), err());
        assertFalse(Files.exists(dir.resolve("keys")));
    }

    @Test
    void onlyAValidDatasetIsSigned() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.copy(org.attache.Fixtures.path("broken/unknown-source.json"), broken);

        assertEquals(Cli.FAILED, run("sign", broken.toString(), "--key", keyFile(SigningKey.generate(MINISTRY)).toString(),
                "--passphrase-file", passphraseFile().toString()));

        assertTrue(err().contains("broken.json has 1 error, 2 warnings; only a valid dataset is signed"), err());
        assertFalse(Files.exists(dir.resolve("broken.json.sig")));
    }

    @Test
    void validateSaysWhatItFindsOfEachSignature() throws IOException {
        Path dataset = dataset();
        assertEquals(Cli.OK, run("validate"));
        assertTrue(out().contains("Dataset: campaign.json (bundled)\nBundled with Attaché\n"), out());

        assertEquals(Cli.FAILED, run("validate", "--require-signature", dataset.toString()), "not signed, and one was asked for");
        assertTrue(err().contains("error: Not signed (--require-signature asks for a signature by a key trusted here)"), err());

        Files.writeString(dataset.resolveSibling("campaign.json.sig"), "{\"format\": \"attache-signature\", \"version\": 1,");
        assertEquals(Cli.FAILED, run("validate", dataset.toString()));
        assertTrue(out().contains("\nSIGNATURE UNREADABLE: campaign.json.sig is not an Attaché signature: it is not JSON\n"),
                out());

        SigningKey stranger = SigningKey.generate("Attaché headquarters");
        assertEquals(Cli.OK, run("sign", dataset.toString(), "--key", keyFile(stranger).toString(),
                "--passphrase-file", passphraseFile().toString()));
        String sig = Files.readString(dataset.resolveSibling("campaign.json.sig"));
        Files.writeString(dataset.resolveSibling("campaign.json.sig"), sig.replace("Attaché headquarters", "Attaché HQ"));
        assertEquals(Cli.OK, run("validate", dataset.toString()), "an unknown key's claims are not checked, only said");
        assertTrue(out().contains("\nSigned by a key this app does not trust: " + stranger.keyId()
                + " (claims to be Attaché HQ)\n"), out());
    }

    @Test
    void exportWarnsOfADatasetAlteredSinceItWasSigned() throws IOException {
        Path dataset = dir.resolve("campaign.json");
        Files.copy(org.attache.Fixtures.bundledDataset(), dataset);
        SigningKey key = SigningKey.generate(MINISTRY);
        assertEquals(Cli.OK, run("sign", dataset.toString(), "--key", keyFile(key).toString(),
                "--passphrase-file", passphraseFile().toString()));
        PublicKeyFile.write(dir.resolve("ministry.pub"), key.publicPart());
        assertEquals(Cli.OK, run("trust", dir.resolve("ministry.pub").toString()));
        Files.writeString(dataset, Files.readString(dataset) + " ");

        assertEquals(Cli.OK, run("export", "--dataset", dataset.toString(), "--country", "LV", "--out",
                dir.resolve("LV.pdf").toString()));

        assertTrue(err().contains("warning: ALTERED: campaign.json has changed since " + MINISTRY + " signed it on "), err());
    }

    @Test
    void trustRefusesAFileThatIsNotAPublicKey() throws IOException {
        Path key = keyFile(SigningKey.generate(MINISTRY));
        assertEquals(Cli.FAILED, run("trust", key.toString()));
        assertEquals("attache: " + key.getFileName() + " is not an Attaché public key\n", err());
        assertEquals(Cli.USAGE, run("trust"));
        assertTrue(err().contains("trust takes one public key file (FILE.pub), or --list"), err());
        assertEquals(Cli.OK, run("trust", "--list"));
        assertTrue(out().endsWith("Keys added are kept in " + dir.resolve("trusted-keys") + "\n"), out());
    }
}
