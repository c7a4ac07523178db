package org.attache.core.export;

import java.nio.file.Path;
import org.attache.core.model.Country;

/** What became of one country in a batch. {@code reason} says why it failed; it is empty otherwise. */
public record BatchItem(Country country, Status status, Path file, String reason, long millis) {
    public enum Status { WRITTEN, SKIPPED, FAILED }
}
