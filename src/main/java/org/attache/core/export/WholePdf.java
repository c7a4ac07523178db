package org.attache.core.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Whether a PDF file is whole, so that a batch may keep it rather than make it again: a header, a trailer that
 * points to a cross-reference (a table or a stream, and the ones before it), every object the cross-reference
 * lists found at its offset under its number and closed by endobj, no run of zero bytes in between, and every
 * compressed stream inflating to its end with a correct checksum. A file cut short, a block of zeros written over
 * its middle or a part of it lost fails one of these.
 */
final class WholePdf {
    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$");
    private static final Pattern OBJECT = Pattern.compile("\\G(\\d+)\\s+(\\d+)\\s+obj\\b");
    private static final Pattern STREAM = Pattern.compile("stream\\r?\\n");
    private static final Pattern LENGTH = Pattern.compile("/Length\\s+(\\d+)(\\s+\\d+\\s+R)?");
    private static final long LARGEST = 512L * 1024 * 1024;

    private final byte[] pdf;
    private final String text; // the same bytes, one char per byte, for the patterns

    private WholePdf(byte[] pdf) {
        this.pdf = pdf;
        this.text = new String(pdf, StandardCharsets.ISO_8859_1);
    }

    static boolean isWhole(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) < 64 || Files.size(file) > LARGEST) return false;
            return new WholePdf(Files.readAllBytes(file)).check();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private boolean check() {
        if (!text.startsWith("%PDF-")) return false;
        Matcher end = STARTXREF.matcher(text).region(Math.max(0, text.length() - 64), text.length());
        if (!end.find()) return false;
        Map<Integer, Long> offsets = new TreeMap<>();
        Map<Integer, Integer> compressed = new TreeMap<>(); // object number to the object stream that holds it
        Integer root = null;
        Set<Long> seen = new HashSet<>();
        for (long at = Long.parseLong(end.group(1)); at >= 0; ) {
            if (at >= pdf.length || !seen.add(at)) return false;
            Section section = text.startsWith("xref", (int) at) ? table((int) at) : stream((int) at);
            if (section == null) return false;
            section.offsets.forEach(offsets::putIfAbsent);
            section.compressed.forEach(compressed::putIfAbsent);
            if (root == null) root = section.root;
            at = section.previous;
        }
        if (root == null || !(offsets.containsKey(root) || compressed.containsKey(root))) return false;
        if (!offsets.keySet().containsAll(compressed.values())) return false;
        return objectsAreWhole(offsets);
    }

    /** One cross-reference section: where its objects are, which are kept in object streams, the trailer's links. */
    private record Section(Map<Integer, Long> offsets, Map<Integer, Integer> compressed, Integer root, long previous) {
    }

    /** A classic table: "xref", subsections of 20-byte entries, then "trailer" and its dictionary. */
    private Section table(int at) {
        Matcher heading = Pattern.compile("\\G\\s*(\\d+)\\s+(\\d+)\\s*?\\r?\\n").matcher(text);
        int pos = at + 4;
        Map<Integer, Long> offsets = new TreeMap<>();
        while (heading.find(pos)) {
            int first = Integer.parseInt(heading.group(1));
            int count = Integer.parseInt(heading.group(2));
            pos = heading.end();
            if ((long) pos + 20L * count > pdf.length) return null;
            for (int i = 0; i < count; i++, pos += 20) {
                String entry = text.substring(pos, pos + 18);
                if (entry.charAt(17) == 'n') offsets.put(first + i, Long.parseLong(entry.substring(0, 10)));
                else if (entry.charAt(17) != 'f') return null;
            }
        }
        int trailer = text.indexOf("trailer", pos);
        if (trailer < 0) return null;
        String dictionary = text.substring(trailer, Math.min(text.length(), trailer + 4096));
        return new Section(offsets, Map.of(), reference(dictionary, "/Root"), number(dictionary, "/Prev"));
    }

    /** A cross-reference stream: an object of /Type /XRef whose data, once inflated, holds fixed-width entries. */
    private Section stream(int at) {
        Matcher header = OBJECT.matcher(text);
        if (!header.find(at)) return null;
        Matcher start = STREAM.matcher(text);
        if (!start.find(header.end())) return null;
        String dictionary = text.substring(header.end(), start.start());
        if (!dictionary.matches("(?s).*/Type\\s*/XRef\\b.*")) return null;
        int length = (int) number(dictionary, "/Length");
        if (length < 0 || start.end() + length > pdf.length) return null;
        byte[] data = Arrays.copyOfRange(pdf, start.end(), start.end() + length);
        if (dictionary.contains("/FlateDecode")) data = inflate(data);
        if (data == null || dictionary.contains("/DecodeParms")) return null; // our packs never use predictors
        int[] widths = numbers(dictionary, "/W");
        if (widths.length != 3) return null;
        int size = (int) number(dictionary, "/Size");
        int[] index = dictionary.contains("/Index") ? numbers(dictionary, "/Index") : new int[] {0, size};
        int entry = widths[0] + widths[1] + widths[2];
        Map<Integer, Long> offsets = new TreeMap<>();
        Map<Integer, Integer> compressed = new TreeMap<>();
        int pos = 0;
        for (int s = 0; s + 1 < index.length; s += 2) {
            for (int i = 0; i < index[s + 1]; i++, pos += entry) {
                if (pos + entry > data.length) return null;
                long type = widths[0] == 0 ? 1 : field(data, pos, widths[0]);
                long second = field(data, pos + widths[0], widths[1]);
                if (type == 1) offsets.put(index[s] + i, second);
                else if (type == 2) compressed.put(index[s] + i, (int) second);
                else if (type != 0) return null;
            }
        }
        return new Section(offsets, compressed, reference(dictionary, "/Root"), number(dictionary, "/Prev"));
    }

    /** Each object at its offset under its number, closed before the next begins, with whole streams. */
    private boolean objectsAreWhole(Map<Integer, Long> offsets) {
        List<long[]> byOffset = new ArrayList<>();
        offsets.forEach((number, offset) -> byOffset.add(new long[] {offset, number}));
        byOffset.sort((a, b) -> Long.compare(a[0], b[0]));
        int xref = text.lastIndexOf("startxref");
        for (int i = 0; i < byOffset.size(); i++) {
            int from = (int) byOffset.get(i)[0];
            int to = i + 1 < byOffset.size() ? (int) byOffset.get(i + 1)[0] : xref;
            if (from < 0 || from >= to || to > pdf.length) return false;
            Matcher header = OBJECT.matcher(text);
            if (!header.find(from) || Integer.parseInt(header.group(1)) != byOffset.get(i)[1]) return false;
            if (!objectIsWhole(header.end(), to)) return false;
        }
        return true;
    }

    private boolean objectIsWhole(int from, int to) {
        int close = text.lastIndexOf("endobj", to);
        if (close < from || hasZeros(close, to)) return false;
        Matcher start = STREAM.matcher(text).region(from, close);
        int streamStart = start.find() ? start.start() : close;
        if (hasZeros(from, streamStart)) return false;
        if (streamStart == close) return true;
        Matcher length = LENGTH.matcher(text).region(from, streamStart);
        if (!length.find() || length.group(2) != null) {
            // the length is another object's: the data must still end with endstream before endobj
            return text.lastIndexOf("endstream", close) > start.end();
        }
        int dataEnd = start.end() + Integer.parseInt(length.group(1));
        if (dataEnd > close || !text.startsWith("endstream", skipWhitespace(dataEnd))) return false;
        String dictionary = text.substring(from, streamStart);
        boolean flate = dictionary.matches("(?s).*/Filter\\s*(\\[\\s*)?/FlateDecode\\b.*");
        // the XMP metadata of an archival pack is left uncompressed, as text: a zero byte in it is damage
        boolean xml = !dictionary.contains("/Filter") && dictionary.matches("(?s).*/Subtype\\s*/XML\\b.*");
        if (xml && hasZeros(start.end(), dataEnd)) return false;
        return !flate || inflate(Arrays.copyOfRange(pdf, start.end(), dataEnd)) != null;
    }

    private boolean hasZeros(int from, int to) {
        for (int i = from; i < to; i++) if (pdf[i] == 0) return true;
        return false;
    }

    private int skipWhitespace(int i) {
        while (i < pdf.length && (pdf[i] == '\r' || pdf[i] == '\n' || pdf[i] == ' ')) i++;
        return i;
    }

    /** The inflated data, or null when it is not whole (cut short, or its checksum wrong). */
    private static byte[] inflate(byte[] data) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 3);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) return null;
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    private static long field(byte[] data, int at, int width) {
        long value = 0;
        for (int i = 0; i < width; i++) value = value << 8 | (data[at + i] & 0xff);
        return value;
    }

    private static long number(String dictionary, String key) {
        Matcher m = Pattern.compile(Pattern.quote(key) + "\\s+(\\d+)").matcher(dictionary);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static Integer reference(String dictionary, String key) {
        Matcher m = Pattern.compile(Pattern.quote(key) + "\\s+(\\d+)\\s+\\d+\\s+R").matcher(dictionary);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static int[] numbers(String dictionary, String key) {
        Matcher m = Pattern.compile(Pattern.quote(key) + "\\s*\\[([\\d\\s]*)]").matcher(dictionary);
        if (!m.find()) return new int[0];
        String inside = m.group(1).trim();
        if (inside.isEmpty()) return new int[0];
        return Arrays.stream(inside.split("\\s+")).mapToInt(Integer::parseInt).toArray();
    }
}
