package org.attache.core.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that readers only ever see the old whole file or the new whole file: the bytes go to a
 * temporary file beside the target, are forced to disk, and the temporary file is then moved over the target.
 * If anything fails the temporary file is deleted, the target is left as it was, and the failure says in plain
 * words why, naming the target ({@link WriteProblem}).
 */
public final class AtomicFile {
    public static final String TEMP_SUFFIX = ".part";

    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A last check made once the new file is safely on disk, just before it replaces the target; throw to stop. */
    @FunctionalInterface
    public interface Precondition {
        void check() throws IOException;
    }

    /**
     * How a replacement went: whether the file system replaced the file in one step (if not, a reader could, for a
     * moment, have found no file), and where the previous version was kept, or null when there was none.
     */
    public record Outcome(boolean atomic, Path backup) {
    }

    public static final String BACKUP_SUFFIX = ".bak";

    private AtomicFile() {
    }

    public static void write(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        try {
            writeWhole(absolute, writer, null, false, false);
        } catch (IOException e) {
            throw new IOException(WriteProblem.reason(absolute, e), e);
        }
    }

    /**
     * Writes a file only its owner may read, such as a private key: it keeps the owner-only permissions its temporary
     * file was made with, from the first byte, instead of taking the usual rw-r--r--.
     */
    public static void writeOwnerOnly(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        try {
            writeWhole(absolute, out -> out.write(bytes), null, false, true);
        } catch (IOException e) {
            throw new IOException(WriteProblem.reason(absolute, e), e);
        }
    }

    /**
     * Replaces a document the user keeps: the new bytes are made durable beside it, {@code before} is checked, the
     * previous version is kept as {@code name.bak} (itself written whole), and only then is the file replaced and
     * the folder's entry forced to disk. A {@link Precondition} that fails leaves everything as it was and is thrown
     * as it is, so that the caller can tell it from a failure to write.
     */
    public static Outcome replaceKeepingBackup(Path target, byte[] bytes, Precondition before) throws IOException {
        Path absolute = target.toAbsolutePath();
        try {
            return writeWhole(absolute, out -> out.write(bytes), before, true, false);
        } catch (PreconditionFailed e) {
            throw e.reason;
        } catch (IOException e) {
            throw new IOException(WriteProblem.reason(absolute, e), e);
        }
    }

    /** Carries a precondition's own exception through the write, unwrapped at the end. */
    private static final class PreconditionFailed extends IOException {
        final IOException reason;

        PreconditionFailed(IOException reason) {
            super(reason);
            this.reason = reason;
        }
    }

    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    private static Outcome writeWhole(Path absolute, Writer writer, Precondition before, boolean backup,
                                      boolean ownerOnly) throws IOException {
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, tempPrefix(absolute), TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(unclosable(Channels.newOutputStream(channel)), 1 << 16);
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (!ownerOnly) keepPermissions(absolute, temp);
            if (before != null) {
                try {
                    before.check();
                } catch (IOException e) {
                    throw new PreconditionFailed(e);
                }
            }
            Path kept = null;
            if (backup && Files.isRegularFile(absolute)) {
                kept = backupOf(absolute);
                byte[] previous = Files.readAllBytes(absolute);
                writeWhole(kept, out -> out.write(previous), null, false, false);
            }
            boolean atomic = move(temp, absolute);
            forceFolder(dir);
            return new Outcome(atomic, kept);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Moves in one step where the file system can; returns false where it had to copy and delete instead. */
    private static boolean move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            return false;
        }
    }

    /** Forces the folder's entries to disk, so that a power cut after a save finds the new name; not every system can. */
    private static void forceFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder this way; its file system orders the rename itself
        }
    }

    /** The file is forced to disk and closed here, after the writer is done, even if the writer closes its stream. */
    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** A temporary file is private to its owner; the finished file gets the target's permissions, or rw-r--r--. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) return;
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    /**
     * The start of a target's temporary name: a dot and at most the first 40 characters of its name, so that a
     * target with the longest name a file system allows still has a temporary name it allows.
     */
    static String tempPrefix(Path target) {
        String name = target.getFileName().toString();
        return "." + (name.length() > 40 ? name.substring(0, 40) : name) + ".";
    }

    /**
     * Removes what an earlier write of this target left when it was killed (its temporary files); a write under
     * way at the same moment is another program's, which a desk tool does not run beside itself.
     */
    public static void removeLeftovers(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) return;
        String prefix = tempPrefix(absolute);
        try (var stream = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(TEMP_SUFFIX) && Files.isRegularFile(p);
        })) {
            for (Path p : stream) Files.deleteIfExists(p);
        }
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }
}
