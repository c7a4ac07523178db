package org.attache.core.sign;

import static org.attache.core.sign.SigningFixtures.HEADQUARTERS;
import static org.attache.core.sign.SigningFixtures.SIGNED_AT;
import static org.attache.core.sign.SigningFixtures.STRANGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attache.core.sign.Verification.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dataset's signature holds only for the exact bytes signed, by a trusted key, with the .sig as it was made. */
class SignatureVerifierTest {
    @TempDir
    Path dir;

    private Verification verify(Path dataset) throws IOException {
        return new SignatureVerifier(SigningFixtures.trustingHeadquarters(dir.resolve("added"))).verify(dataset);
    }

    private static void replaceInFile(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from + " in " + file);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void aDatasetSignedByATrustedKeyVerifiesWithWhoAndWhen() throws IOException {
        Path dataset = SigningFixtures.signedDataset(dir, "campaign.json", HEADQUARTERS);

        Verification v = verify(dataset);

        assertEquals(Status.SIGNED, v.status());
        assertEquals("campaign.json", v.file());
        assertEquals("Ministry of Foreign Affairs, Taipei", v.signer());
        assertEquals(HEADQUARTERS.keyId(), v.keyId());
        assertEquals(SIGNED_AT, v.signedAt());
        assertTrue(v.vouched());
        assertFalse(v.warns());
    }

    @Test
    void oneByteChangedAfterSigningIsAlteredAndNamesTheFile() throws IOException {
        Path dataset = SigningFixtures.signedDataset(dir, "campaign.json", HEADQUARTERS);
        byte[] bytes = Files.readAllBytes(dataset);
        int i = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\"title\"") + 2;
        bytes[i] = (byte) (bytes[i] ^ 0x20); // "title" becomes "tItle": one character, same length
        Files.write(dataset, bytes);

        Verification v = verify(dataset);

        assertEquals(Status.ALTERED, v.status());
        assertEquals("campaign.json", v.file(), "the dataset is what changed");
        assertFalse(v.signatureFileAltered());
        assertEquals("Ministry of Foreign Affairs, Taipei", v.signer());
        assertEquals(SIGNED_AT, v.signedAt());
        assertTrue(v.warns());
    }

    @Test
    void aLineEndingAddedAtTheEndIsAlteredToo() throws IOException {
        Path dataset = SigningFixtures.signedDataset(dir, "campaign.json", HEADQUARTERS);
        Files.write(dataset, new byte[] {'\n'}, java.nio.file.StandardOpenOption.APPEND);

        assertEquals(Status.ALTERED, verify(dataset).status());
    }

    @Test
    void aSignatureByAKeyNotTrustedHereIsUnknownWithItsClaimsUnverified() throws IOException {
        Path dataset = SigningFixtures.signedDataset(dir, "campaign.json", STRANGER);

        Verification v = verify(dataset);

        assertEquals(Status.UNKNOWN_KEY, v.status());
        assertEquals(STRANGER.keyId(), v.keyId());
        assertEquals("Attaché headquarters", v.signer(), "the name the signature claims");
        assertFalse(v.vouched());
        assertTrue(v.warns());
    }

    @Test
    void aKeyTheUserAddedIsTrustedFromThen() throws IOException, SigningFileProblem {
        Path dataset = SigningFixtures.signedDataset(dir, "campaign.json", STRANGER);
        Path pub = dir.resolve("stranger.pub");
        PublicKeyFile.write(pub, STRANGER.publicPart());
        TrustedKeys trusted = SigningFixtures.trustingHeadquarters(dir.resolve("added"));

        trusted.add(pub);

        Verification v = new SignatureVerifier(trusted).verify(dataset);
        assertEquals(Status.SIGNED, v.status());
        assertEquals("Attaché headquarters", v.signer());
    }

    @Test
    void aSignerNameChangedInsideTheSignatureFileFails() throws IOException {
        Path dataset = SigningFixtures.signedDataset(dir, "campaign.json", HEADQUARTERS);
        replaceInFile(SignatureFile.beside(dataset), "Ministry of Foreign Affairs, Taipei", "Ministry of Justice, Taipei");

        Verification v = verify(dataset);

        assertEquals(Status.ALTERED, v.status());
        assertTrue(v.signatureFileAltered());
        assertEquals("campaign.json.sig", v.file(), "the signature file is what changed");
        assertFalse(v.vouched());
    }

    @Test
    void aSigningTimeChangedInsideTheSignatureFileFails() throws IOException {
        Path dataset = SigningFixtures.signedDataset(dir, "campaign.json", HEADQUARTERS);
        replaceInFile(SignatureFile.beside(dataset), "2026-05-01T09:30:00Z", "2026-06-01T09:30:00Z");

        assertEquals(Status.ALTERED, verify(dataset).status());
    }

    @Test
    void aHashReplacedToMatchAnEditedDatasetFails() throws IOException {
        Path dataset = SigningFixtures.signedDataset(dir, "campaign.json", HEADQUARTERS);
        String signedHash = org.attache.core.io.Sha256.of(dataset);
        Files.writeString(dataset, Files.readString(dataset).replace("\"title\"", "\"tItle\""));
        replaceInFile(SignatureFile.beside(dataset), signedHash, org.attache.core.io.Sha256.of(dataset));

        Verification v = verify(dataset);

        assertEquals(Status.ALTERED, v.status());
        assertTrue(v.signatureFileAltered());
    }

    @Test
    void theSignatureOfAnotherDatasetDoesNotHold() throws IOException {
        Path signed = SigningFixtures.signedDataset(dir, "campaign.json", HEADQUARTERS);
        Path other = dir.resolve("other.json");
        Files.writeString(other, Files.readString(signed).replace("\"title\"", "\"tItle\""));
        Files.copy(SignatureFile.beside(signed), SignatureFile.beside(other));

        Verification v = verify(other);

        assertEquals(Status.ALTERED, v.status());
        assertEquals("other.json", v.file());
    }

    @Test
    void noSignatureBesideTheDatasetIsUnsigned() throws IOException {
        Verification v = verify(SigningFixtures.dataset(dir, "campaign.json"));

        assertEquals(Status.UNSIGNED, v.status());
        assertEquals("campaign.json", v.file());
        assertNull(v.signer());
        assertFalse(v.vouched());
        assertFalse(v.warns(), "most datasets are not signed; that is said, not warned of");
    }

    @Test
    void anUnreadableSignatureIsMalformedAndSaysWhichFileAndWhy() throws IOException {
        Path dataset = SigningFixtures.dataset(dir, "campaign.json");
        Path sig = SignatureFile.beside(dataset);

        Files.writeString(sig, "{\"format\": \"attache-signature\", \"version\": 1, \"sig");
        Verification truncated = verify(dataset);
        assertEquals(Status.MALFORMED_SIGNATURE, truncated.status());
        assertEquals("campaign.json.sig", truncated.file());
        assertEquals("campaign.json.sig is not an Attaché signature: it is not JSON", truncated.problem());

        Files.writeString(sig, "PGP SIGNATURE");
        assertEquals(Status.MALFORMED_SIGNATURE, verify(dataset).status());

        Files.writeString(sig, "{\"format\": \"attache-signature\", \"version\": 1}");
        assertEquals("campaign.json.sig has no \"algorithm\"", verify(dataset).problem());
    }

    @Test
    void aSignatureOfANewerFormatIsMalformedAndSaysSo() throws IOException {
        Path dataset = SigningFixtures.signedDataset(dir, "campaign.json", HEADQUARTERS);
        replaceInFile(SignatureFile.beside(dataset), "\"version\" : 1", "\"version\" : 2");

        Verification v = verify(dataset);

        assertEquals(Status.MALFORMED_SIGNATURE, v.status());
        assertTrue(v.problem().contains("a newer Attaché made it"), v.problem());
    }

    @Test
    void aSignatureWithFieldsOfTheWrongShapeIsMalformed() throws IOException {
        Path dataset = SigningFixtures.signedDataset(dir, "campaign.json", HEADQUARTERS);
        Path sig = SignatureFile.beside(dataset);
        String good = Files.readString(sig);

        Files.writeString(sig, good.replace(HEADQUARTERS.keyId(), "not-a-key-id"));
        assertEquals(Status.MALFORMED_SIGNATURE, verify(dataset).status());
        Files.writeString(sig, good.replace("2026-05-01T09:30:00Z", "yesterday"));
        assertEquals(Status.MALFORMED_SIGNATURE, verify(dataset).status());
        Files.writeString(sig, good.replace("Ministry of Foreign Affairs, Taipei", "Ministry\\nof Foreign Affairs"));
        assertTrue(verify(dataset).problem().contains("control character"), verify(dataset).problem());
    }

    @Test
    void aSignatureFileTooLargeToBeOneIsNotRead() throws IOException {
        Path dataset = SigningFixtures.dataset(dir, "campaign.json");
        Files.write(SignatureFile.beside(dataset), new byte[SigningJson.MAX_BYTES + 1]);

        Verification v = verify(dataset);

        assertEquals(Status.MALFORMED_SIGNATURE, v.status());
        assertEquals("campaign.json.sig is too large to be an Attaché signature", v.problem());
    }
}
