package org.attache.core.sign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.attache.Fixtures;

/** Keys, trust and signed copies of a dataset for tests, all in a test's own folder. */
public final class SigningFixtures {
    /** A passphrase long enough to be accepted. */
    public static final String PASSPHRASE = "correct horse battery staple";
    public static final Instant SIGNED_AT = Instant.parse("2026-05-01T09:30:00Z");
    public static final SigningKey HEADQUARTERS = SigningKey.generate("Ministry of Foreign Affairs, Taipei");
    public static final SigningKey STRANGER = SigningKey.generate("Attaché headquarters");

    private SigningFixtures() {
    }

    /** Trusts {@link #HEADQUARTERS} only, with {@code folder} as the user's folder of added keys. */
    public static TrustedKeys trustingHeadquarters(Path folder) {
        return new TrustedKeys(List.of(HEADQUARTERS.publicPart()), folder);
    }

    /** A copy of the minimal fixture dataset in {@code dir}, as {@code name}. */
    public static Path dataset(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.copy(Fixtures.path("fixtures/minimal.json"), file);
        return file;
    }

    /** A copy of the minimal fixture dataset in {@code dir}, signed by {@code key}. */
    public static Path signedDataset(Path dir, String name, SigningKey key) throws IOException {
        Path file = dataset(dir, name);
        new DatasetSigner(key).sign(file, SIGNED_AT);
        return file;
    }
}
