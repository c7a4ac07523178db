package org.attache.core.sign;

import static org.attache.core.sign.SigningFixtures.HEADQUARTERS;
import static org.attache.core.sign.SigningFixtures.SIGNED_AT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.attache.core.io.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing writes NAME.sig beside the dataset: who, which key, when, the dataset's hash and the signature. */
class DatasetSignerTest {
    @TempDir
    Path dir;

    @Test
    void theSignatureFileSaysWhoSignedWhichBytesAndWhen() throws Exception {
        Path dataset = SigningFixtures.dataset(dir, "campaign.json");

        DetachedSignature made = new DatasetSigner(HEADQUARTERS).sign(dataset, SIGNED_AT.plusMillis(250));

        Path sig = dir.resolve("campaign.json.sig");
        JsonNode json = new ObjectMapper().readTree(sig.toFile());
        assertEquals("attache-signature", json.get("format").asText());
        assertEquals(1, json.get("version").asInt());
        assertEquals("Ministry of Foreign Affairs, Taipei", json.get("signer").asText());
        assertEquals(HEADQUARTERS.keyId(), json.get("keyId").asText());
        assertEquals("2026-05-01T09:30:00Z", json.get("signedAt").asText(), "UTC, to the second");
        assertEquals(Sha256.of(dataset), json.get("sha256").asText());
        assertEquals("Ed25519", json.get("algorithm").asText());
        assertEquals(64, java.util.Base64.getDecoder().decode(json.get("signature").asText()).length);
        assertEquals(made.sha256(), SignatureFile.read(sig).sha256());
    }

    @Test
    void signingAgainReplacesTheSignatureWholeAndLeavesNoTemporaryFile() throws Exception {
        Path dataset = SigningFixtures.dataset(dir, "campaign.json");
        DatasetSigner signer = new DatasetSigner(HEADQUARTERS);
        signer.sign(dataset, SIGNED_AT);
        Files.writeString(dataset, Files.readString(dataset).replace("Minimal fixture", "Minimal fixture, revised"));

        signer.sign(dataset, Instant.parse("2026-05-02T08:00:00Z"));

        Verification v = new SignatureVerifier(SigningFixtures.trustingHeadquarters(null)).verify(dataset);
        assertEquals(Verification.Status.SIGNED, v.status());
        assertEquals(Instant.parse("2026-05-02T08:00:00Z"), v.signedAt());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "the dataset and its signature, nothing half-written beside them");
        }
        assertTrue(Files.readString(dir.resolve("campaign.json.sig")).endsWith("}\n"));
    }
}
