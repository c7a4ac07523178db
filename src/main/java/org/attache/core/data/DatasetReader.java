package org.attache.core.data;

import java.util.ArrayList;
import java.util.List;
import org.attache.core.analysis.DatasetCheck;
import org.attache.core.analysis.Finding;
import org.attache.core.analysis.TruthCheck;
import org.attache.core.data.json.JsonPath;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.attache.core.data.json.JsonPositions;
import org.attache.core.data.json.JsonTreeParser;
import org.attache.core.data.json.JsonValue;
import org.attache.core.data.json.MalformedJsonException;
import org.attache.core.data.json.TextPosition;
import org.attache.core.model.Dataset;

/** Reads and checks a dataset file. Never throws for bad input: every problem comes back as a value. */
public final class DatasetReader {
    private final List<DatasetCheck> checks;

    /** A reader that checks structure, references and the wording of claims (TruthCheck). */
    public DatasetReader() {
        this(List.of(TruthCheck::of));
    }

    private DatasetReader(List<DatasetCheck> checks) {
        this.checks = checks;
    }

    /** This reader with one more check, whose findings are warnings placed at their records. */
    public DatasetReader with(DatasetCheck check) {
        List<DatasetCheck> more = new ArrayList<>(checks);
        more.add(check);
        return new DatasetReader(List.copyOf(more));
    }

    public DatasetLoad read(Path file) {
        String name = file.toString();
        Problems problems = new Problems(name);
        if (Files.isDirectory(file)) {
            return unreadable(problems, "this is a folder, not a dataset file", 0);
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // a pipe or a device could keep a reader waiting for ever: only regular files are read
            return unreadable(problems, "this is not a regular file (a pipe, a device or a socket); "
                    + "a dataset is read only from a file", 0);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            return unreadable(problems, "there is no such file", 0);
        } catch (IOException e) {
            return unreadable(problems, "the file cannot be read: " + e.getMessage(), 0);
        }
        if (size > JsonTreeParser.MAX_DOCUMENT_LENGTH) {
            return unreadable(problems, String.format("the file is %,d MB; the largest dataset Attaché reads is %d MB",
                    size / (1024 * 1024), JsonTreeParser.MAX_DOCUMENT_LENGTH / (1024 * 1024)), size);
        }
        try {
            return read(() -> new BufferedInputStream(Files.newInputStream(file), 1 << 16), name, problems, size);
        } catch (AccessDeniedException e) {
            return unreadable(problems, "you do not have permission to read this file", size);
        } catch (IOException e) {
            return unreadable(problems, "the file cannot be read: " + e.getMessage(), size);
        }
    }

    /** Reads a dataset from a stream, naming it {@code name} in problems. The stream is not closed. */
    public DatasetLoad read(InputStream in, String name) throws IOException {
        byte[] bytes = in.readAllBytes();
        return read(() -> new ByteArrayInputStream(bytes), name, new Problems(name), bytes.length);
    }

    /** One record read on its own: the record, or null, and the problems, with paths inside the record. */
    public record RecordRead(Object record, List<Problem> problems) {
    }

    /**
     * Reads one record of the list {@code listName} ("actions") from its JSON text, as a form holds it, by exactly
     * the rules of a file; problems have paths such as {@code $.actions[0].summary}. References to other records are
     * not checked here: an edit checks them against the whole dataset.
     */
    public static RecordRead readRecord(String listName, String json) {
        Problems problems = new Problems("form");
        DatasetMapper mapper = new DatasetMapper(problems);
        Object record = null;
        try {
            JsonValue value = new JsonTreeParser(problems).parse(new ByteArrayInputStream(
                    json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            if (value != null) record = mapper.record(listName, value, JsonPath.ROOT.member(listName).index(0));
        } catch (MalformedJsonException e) {
            problems.add(Severity.ERROR, e.position(), null, e.getMessage());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // reading from memory does not fail
        }
        return new RecordRead(record, problems.list());
    }

    /** Opens the text again from its start; a file is read once, and a second time only to place problems. */
    @FunctionalInterface
    private interface Text {
        InputStream open() throws IOException;
    }

    private DatasetLoad read(Text text, String name, Problems problems, long size) throws IOException {
        DatasetMapper mapper = new DatasetMapper(problems);
        JsonValue root;
        try (InputStream in = text.open()) {
            root = new JsonTreeParser(problems).stream(in, mapper);
        } catch (MalformedJsonException e) {
            return unreadable(problems, e.position(), e.getMessage(), size);
        }
        if (root == null) return unreadable(problems, "the file is empty", size);
        Dataset dataset = mapper.finish(root);
        if (dataset != null) {
            new DatasetValidator(dataset, mapper.paths(), problems).validate();
            for (DatasetCheck check : checks) {
                for (Finding f : check.findings(dataset)) {
                    JsonPath path = mapper.paths().getOrDefault(f.record(), JsonPath.ROOT);
                    if (f.field() != null) for (String member : f.field().split("\\.")) path = path.member(member);
                    problems.addUnplaced(Severity.WARNING, path, f.message());
                }
            }
        }
        if (!problems.unplacedPaths().isEmpty()) {
            try (InputStream in = text.open()) {
                problems.place(JsonPositions.find(in, problems.unplacedPaths()));
            }
        }
        return new DatasetLoad(name, dataset, problems.list(), problems.errorCount(), problems.warningCount(), size);
    }

    /** A load of {@code name} that could not be read, for the reason given. */
    public static DatasetLoad unreadable(String name, String message) {
        return unreadable(new Problems(name), message, 0);
    }

    private static DatasetLoad unreadable(Problems problems, String message, long size) {
        return unreadable(problems, null, message, size);
    }

    private static DatasetLoad unreadable(Problems problems, TextPosition at, String message, long size) {
        problems.add(Severity.ERROR, at, null, message);
        return new DatasetLoad(problems.file(), null, problems.list(), problems.errorCount(), problems.warningCount(),
                size);
    }
}
