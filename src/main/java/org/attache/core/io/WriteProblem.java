package org.attache.core.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Says in plain words why a file could not be written, naming the file and folder the user chose, never the
 * temporary file the bytes went to first.
 */
public final class WriteProblem {
    private WriteProblem() {
    }

    public static String reason(Path target, Throwable e) {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        String detail = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : "";
        String lower = (detail + " " + (e.getMessage() == null ? "" : e.getMessage())).toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("not enough space")) {
            return "the disk is full";
        }
        if (lower.contains("read-only file system")) return "the disk that holds " + folder + " is read-only";
        if (Files.isDirectory(file)) return "a folder called " + file.getFileName() + " is already there";
        if (e instanceof AccessDeniedException) {
            return Files.exists(file) && !Files.isWritable(file) ? file.getFileName() + " is read-only"
                    : "you may not write in the folder " + folder;
        }
        if (e instanceof NotDirectoryException || e instanceof java.nio.file.FileAlreadyExistsException) {
            return "something in the way of the folder " + folder + " is a file, not a folder";
        }
        if (e instanceof NoSuchFileException) return "the folder " + folder + " does not exist";
        if (!detail.isEmpty()) return detail;
        String message = e.getMessage();
        if (message == null || message.contains(AtomicFile.TEMP_SUFFIX) || message.contains(file.toString())) {
            return e instanceof IOException ? "the system would not write it (" + e.getClass().getSimpleName() + ")"
                    : e.toString();
        }
        return message;
    }
}
