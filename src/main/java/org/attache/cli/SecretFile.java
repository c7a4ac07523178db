package org.attache.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A password or passphrase kept in a file: its first line, as {@code --password-file} and {@code --passphrase-file} read it. */
final class SecretFile {
    private SecretFile() {
    }

    static String firstLine(String option, String file) throws UsageException {
        try {
            List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
            return lines.isEmpty() ? "" : lines.get(0);
        } catch (IOException e) {
            throw new UsageException(option + " " + file + " cannot be read: " + e.getMessage());
        }
    }
}
