package org.attache.core.pack;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.attache.core.analysis.StaleFacts;
import org.attache.core.data.Problem;
import org.attache.core.data.Problems;
import org.attache.core.data.Severity;
import org.attache.core.data.json.JsonTreeParser;
import org.attache.core.data.json.JsonValue;
import org.attache.core.data.json.MalformedJsonException;
import org.attache.core.io.AtomicFile;

/**
 * Saves a {@link Pack} to a file and reads it back. The file is pretty-printed JSON in UTF-8 with its fields in
 * a fixed order, so saving the same pack twice gives the same bytes:
 *
 * <pre>{@code
 * {
 *   "format": "attache-pack",
 *   "formatVersion": 1,
 *   "country": "LV",
 *   "template": "ministerial",
 *   "meeting": {"date": "2026-11-24", "counterpartName": "...", "counterpartTitle": "...", "place": "...",
 *               "purpose": "..."},
 *   "control": {"preparedBy": "Europe Desk", "reference": "LV/2026-11-24", "version": 2, "handling": "...",
 *               "caveat": "DIPLOMATIC STAFF ONLY", "draft": true},
 *   "classification": "RESTRICTED",
 *   "paper": "a4",
 *   "language": "en",
 *   "numberedParagraphs": true,
 *   "flagStaleFacts": true,
 *   "staleSourceAge": 10,
 *   "notes": "...",
 *   "sections": [{"kind": "cases", "included": true, "notes": "...", "options": {"scope": "all"}}, ...],
 *   "dataset": {"file": "campaign.json", "sha256": "...", "title": "...", "updated": "2026-11-23",
 *               "recordCounts": {"actions": 107, ...},
 *               "countryActions": 0, "snapshot": "H4sIAAAAAAAA..."}
 * }
 * }</pre>
 *
 * <p>{@code format}, {@code formatVersion} and {@code country} are required. Empty values are left out when
 * saving: a meeting with nothing filled in, empty notes, a section without options, a pack with no dataset.
 * When reading, {@code template} defaults to {@code ministerial}, {@code paper} to {@code a4}, {@code language}
 * to {@code en}, {@code numberedParagraphs} and {@code flagStaleFacts} to false (each is written only when true), {@code staleSourceAge} (the years after which a flagged pack calls a source old, 1 to 100) to 5 (written only when not 5), {@code classification} to {@code UNCLASSIFIED}, {@code control} to empty (version 1), a section's {@code included} to true, and a
 * missing {@code sections} list to the template's sections. Sections of the catalogue that the file does not
 * list are added at the end, unticked, so a pack saved before a section existed gains it.
 *
 * <p>Reading never throws for bad input. Every problem is placed at a line, column and JSON path. Unknown fields
 * are warnings; anything else wrong is an error, and a file with an error gives no pack, so nothing the user
 * wrote is silently dropped. A file of another format, or of a newer format version, gives a single error.
 */
public final class PackFile {
    /** The value of the {@code format} field that marks a pack file. */
    public static final String FORMAT = "attache-pack";
    /** The largest pack file read; real packs are a few kilobytes. */
    public static final int MAX_BYTES = 1024 * 1024;
    private static final String LIMIT = "a pack file is at most " + MAX_BYTES / (1024 * 1024)
            + " MB, so this is probably not a pack";

    private static final JsonFactory FACTORY = new JsonFactory();

    private PackFile() {
    }

    // ---------------------------------------------------------------- writing

    /** Writes the pack to {@code file} atomically: the old file stays whole until the new one is complete. */
    public static void save(Pack pack, Path file) throws IOException {
        save(pack, file, UnaryOperator.identity());
    }

    /** As {@link #save(Pack, Path)}, with the file's stream passed through {@code through} (for tests). */
    static void save(Pack pack, Path file, UnaryOperator<OutputStream> through) throws IOException {
        byte[] bytes = toBytes(pack);
        AtomicFile.write(file, out -> {
            OutputStream target = through.apply(out);
            target.write(bytes);
            target.flush();
        });
    }

    /** The bytes {@link #save} writes for this pack. */
    public static byte[] toBytes(Pack pack) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8 * 1024);
        try (JsonGenerator g = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(prettyPrinter());
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("formatVersion", Pack.FORMAT_VERSION);
            g.writeStringField("country", pack.country());
            g.writeStringField("template", pack.template().json());
            writeMeeting(g, pack.meeting());
            writeControl(g, pack.control());
            g.writeStringField("classification", pack.classification());
            g.writeStringField("paper", pack.paper().json());
            g.writeStringField("language", pack.language().json());
            if (pack.numbered()) g.writeBooleanField("numberedParagraphs", true);
            if (pack.flagStale()) g.writeBooleanField("flagStaleFacts", true);
            if (pack.staleSourceAge() != StaleFacts.DEFAULT_SOURCE_AGE) g.writeNumberField("staleSourceAge", pack.staleSourceAge());
            writeIfPresent(g, "notes", pack.notes());
            g.writeArrayFieldStart("sections");
            for (PackSection section : pack.sections()) writeSection(g, section);
            g.writeEndArray();
            if (pack.dataset() != null) writeDataset(g, pack.dataset());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a pack could not be written to memory", e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    private static void writeMeeting(JsonGenerator g, Meeting meeting) throws IOException {
        if (meeting.equals(Meeting.EMPTY)) return;
        g.writeObjectFieldStart("meeting");
        if (meeting.date() != null) g.writeStringField("date", meeting.date().toString());
        writeIfPresent(g, "counterpartName", meeting.counterpartName());
        writeIfPresent(g, "counterpartTitle", meeting.counterpartTitle());
        writeIfPresent(g, "place", meeting.place());
        writeIfPresent(g, "purpose", meeting.purpose());
        g.writeEndObject();
    }

    private static void writeControl(JsonGenerator g, DocumentControl control) throws IOException {
        if (control.equals(DocumentControl.EMPTY)) return;
        g.writeObjectFieldStart("control");
        writeIfPresent(g, "preparedBy", control.preparedBy());
        writeIfPresent(g, "reference", control.reference());
        g.writeNumberField("version", control.version());
        writeIfPresent(g, "handling", control.handling());
        writeIfPresent(g, "caveat", control.caveat());
        if (control.draft()) g.writeBooleanField("draft", true);
        g.writeEndObject();
    }

    private static void writeSection(JsonGenerator g, PackSection section) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", section.kind().json());
        g.writeBooleanField("included", section.included());
        writeIfPresent(g, "notes", section.notes());
        if (!section.options().isEmpty()) {
            g.writeObjectFieldStart("options");
            for (Map.Entry<String, String> option : orderedOptions(section).entrySet()) {
                g.writeStringField(option.getKey(), option.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** The section's options in the order its kind offers them, then any others by name. */
    private static Map<String, String> orderedOptions(PackSection section) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (SectionOption offered : section.kind().options()) {
            String value = section.options().get(offered.key());
            if (value != null) ordered.put(offered.key(), value);
        }
        new TreeMap<>(section.options()).forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static void writeDataset(JsonGenerator g, DatasetRef ref) throws IOException {
        g.writeObjectFieldStart("dataset");
        writeIfPresent(g, "file", ref.fileName());
        writeIfPresent(g, "sha256", ref.sha256());
        writeIfPresent(g, "title", ref.title());
        writeIfPresent(g, "updated", ref.updated());
        if (!ref.recordCounts().isEmpty()) {
            g.writeObjectFieldStart("recordCounts");
            for (Map.Entry<String, Integer> count : new TreeMap<>(ref.recordCounts()).entrySet()) {
                g.writeNumberField(count.getKey(), count.getValue());
            }
            g.writeEndObject();
        }
        g.writeNumberField("countryActions", ref.countryActions());
        writeIfPresent(g, "snapshot", ref.snapshot());
        g.writeEndObject();
    }

    private static void writeIfPresent(JsonGenerator g, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) g.writeStringField(name, value);
    }

    // ---------------------------------------------------------------- reading

    /** Reads a pack file. Never throws for bad input: every problem comes back in the result. */
    public static PackLoad read(Path file) {
        String name = file.toString();
        Problems problems = new Problems(name);
        if (Files.isDirectory(file)) return unusable(problems, null, "this is a folder, not a pack file");
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // a pipe or a device could keep a reader waiting for ever: only regular files are read
            return unusable(problems, null, "this is not a regular file (a pipe, a device or a socket); "
                    + "a pack is read only from a file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            return unusable(problems, null, "there is no such file");
        } catch (AccessDeniedException e) {
            return unusable(problems, null, "you do not have permission to read this file");
        } catch (IOException e) {
            return unusable(problems, null, "the file cannot be read: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) return unusable(problems, null, tooLarge(file));
        return read(bytes, problems);
    }

    /** Reads a pack from its bytes, naming it {@code name} in problems. Never throws for bad input. */
    public static PackLoad read(byte[] bytes, String name) {
        Problems problems = new Problems(name);
        if (bytes.length > MAX_BYTES) {
            return unusable(problems, null, "the file is too large: " + LIMIT);
        }
        return read(bytes, problems);
    }

    private static PackLoad read(byte[] bytes, Problems problems) {
        if (bytes.length == 0) return unusable(problems, null, "the file is empty");

        JsonValue root;
        try {
            root = new JsonTreeParser(problems).parse(new ByteArrayInputStream(bytes));
        } catch (MalformedJsonException e) {
            return unusable(problems, e, e.getMessage());
        } catch (IOException e) {
            return unusable(problems, null, "the file cannot be read: " + e.getMessage());
        }
        if (root == null) return unusable(problems, null, "the file is empty");
        Pack pack = PackFileReader.read(root, problems);
        List<Problem> found = new ArrayList<>(problems.list());
        found.sort(Comparator.comparingInt((Problem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column())); // in the order they appear in the file
        return new PackLoad(problems.file(), problems.errorCount() == 0 ? pack : null, found);
    }

    private static String tooLarge(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = -1;
        }
        if (size <= MAX_BYTES) return "the file is too large: " + LIMIT;
        double tenths = Math.ceil(size * 10.0 / (1024 * 1024)) / 10;
        return String.format(Locale.ROOT, "the file is %,.1f MB; %s", tenths, LIMIT);
    }

    private static PackLoad unusable(Problems problems, MalformedJsonException at, String message) {
        problems.add(Severity.ERROR, at == null ? null : at.position(), null, message);
        return new PackLoad(problems.file(), null, problems.list());
    }
}
