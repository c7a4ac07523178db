package org.attache.core.sign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The public keys whose signatures are believed: those that ship inside Attaché (listed in
 * {@code trusted/index.txt} beside this class) and those the user added, one {@code .pub} file each in a folder of the
 * user's own ({@link #userFolder()}). The folder is read again at each look-up, so a key added by the command line
 * counts in a running app.
 */
public final class TrustedKeys {
    /** The system property that moves the user's folder of trusted keys (tests point it at a folder of their own). */
    public static final String FOLDER_PROPERTY = "attache.trustedKeysDir";
    static final String BUNDLED_INDEX = "trusted/index.txt";

    private final Supplier<List<TrustedKey>> bundled;
    private final Path folder;

    /** Keys that ship with the app, and the user's folder of added keys (null for none). */
    public TrustedKeys(List<TrustedKey> bundled, Path folder) {
        List<TrustedKey> keys = List.copyOf(bundled);
        this.bundled = () -> keys;
        this.folder = folder;
    }

    private TrustedKeys(Supplier<List<TrustedKey>> bundled, Path folder) {
        this.bundled = bundled;
        this.folder = folder;
    }

    /**
     * The keys bundled with Attaché and those in the user's folder. The bundled keys are read when a signature is
     * first checked (reading them starts the JDK's cryptography, which the window and most commands can do without
     * at start).
     */
    public static TrustedKeys standard() {
        return new TrustedKeys(once(TrustedKeys::bundledKeys), userFolder());
    }

    private static <T> Supplier<T> once(Supplier<T> read) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = read.get();
                return value;
            }
        };
    }

    /** The keys bundled with Attaché; a bundled key that cannot be read is a broken build. */
    public static List<TrustedKey> bundledKeys() {
        List<TrustedKey> keys = new ArrayList<>();
        for (String line : resource(BUNDLED_INDEX).lines().toList()) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) continue;
            String text = resource("trusted/" + name);
            try {
                keys.add(PublicKeyFile.parse(text.getBytes(StandardCharsets.UTF_8), name));
            } catch (SigningFileProblem e) {
                throw new IllegalStateException("a bundled key is broken: " + e.getMessage());
            }
        }
        return keys;
    }

    /**
     * Where the user's trusted keys are kept: {@value #FOLDER_PROPERTY} when set; else beside the other per-user
     * configuration of the platform (Linux {@code $XDG_CONFIG_HOME/attache/trusted-keys}, by default under
     * {@code ~/.config}; Windows {@code %APPDATA%\Attache\Trusted keys}; macOS
     * {@code ~/Library/Application Support/Attache/Trusted keys}).
     */
    public static Path userFolder() {
        return userFolder(System.getProperty(FOLDER_PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home"), System.getenv());
    }

    static Path userFolder(String set, String os, String home, Map<String, String> env) {
        if (set != null && !set.isBlank()) return Path.of(set);
        String system = os.toLowerCase(Locale.ROOT);
        if (system.contains("win")) {
            String roaming = env.get("APPDATA");
            return (roaming == null || roaming.isBlank() ? Path.of(home, "AppData", "Roaming") : Path.of(roaming))
                    .resolve("Attache").resolve("Trusted keys");
        }
        if (system.contains("mac")) return Path.of(home, "Library", "Application Support", "Attache", "Trusted keys");
        String config = env.get("XDG_CONFIG_HOME");
        return (config == null || config.isBlank() ? Path.of(home, ".config") : Path.of(config))
                .resolve("attache").resolve("trusted-keys");
    }

    public List<TrustedKey> bundled() {
        return bundled.get();
    }

    /** The user's folder of added keys, or null when there is none. */
    public Path folder() {
        return folder;
    }

    /** The keys the user added, in the order of their file names; a file that is not a key is left out. */
    public List<TrustedKey> added() {
        List<TrustedKey> keys = new ArrayList<>();
        for (Path file : addedFiles()) {
            try {
                keys.add(PublicKeyFile.read(file));
            } catch (SigningFileProblem e) {
                // said by unreadable(); a broken file trusts nobody
            }
        }
        return keys;
    }

    /** Why each file in the user's folder that is not a key cannot be used. */
    public List<String> unreadable() {
        List<String> problems = new ArrayList<>();
        for (Path file : addedFiles()) {
            try {
                PublicKeyFile.read(file);
            } catch (SigningFileProblem e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }

    /** The trusted key with this id: a bundled one first, else one the user added. */
    public Optional<TrustedKey> find(String keyId) {
        for (TrustedKey key : bundled.get()) {
            if (key.keyId().equals(keyId)) return Optional.of(key);
        }
        return added().stream().filter(k -> k.keyId().equals(keyId)).findFirst();
    }

    /**
     * Trusts the key in {@code publicKeyFile} from now on: a copy is kept in the user's folder as {@code KEYID.pub}.
     * Returns the key; a file that is not a public key is refused with the reason.
     */
    public TrustedKey add(Path publicKeyFile) throws SigningFileProblem, IOException {
        if (folder == null) throw new IllegalStateException("these trusted keys have no folder to add to");
        TrustedKey key = PublicKeyFile.read(publicKeyFile);
        Files.createDirectories(folder);
        PublicKeyFile.write(folder.resolve(key.keyId() + PublicKeyFile.SUFFIX), key);
        return key;
    }

    /**
     * Stops trusting the added key with this id: its files are deleted from the user's folder. A bundled key cannot be
     * removed; returns whether any file was.
     */
    public boolean remove(String keyId) throws IOException {
        boolean removed = false;
        for (Path file : addedFiles()) {
            try {
                if (PublicKeyFile.read(file).keyId().equals(keyId)) removed |= Files.deleteIfExists(file);
            } catch (SigningFileProblem e) {
                // not a key: it trusts nobody, and is left for the user to look at
            }
        }
        return removed;
    }

    private List<Path> addedFiles() {
        if (folder == null || !Files.isDirectory(folder)) return List.of();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*" + PublicKeyFile.SUFFIX)) {
            for (Path file : stream) files.add(file);
        } catch (IOException e) {
            return List.of();
        }
        files.sort(null);
        return files;
    }

    private static String resource(String name) {
        try (InputStream in = TrustedKeys.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the bundled key resource " + name + " is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled key resource " + name + " cannot be read", e);
        }
    }
}
