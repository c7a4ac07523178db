package org.attache.core.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.core.data.DatasetLoad;
import org.attache.core.document.PackComposer;
import org.attache.core.pack.DatasetRef;
import org.attache.core.pack.DatasetSnapshot;
import org.attache.core.pack.Pack;
import org.attache.core.pack.PackFile;
import org.attache.core.pack.PackLoad;
import org.attache.core.pack.PackSection;
import org.attache.core.pack.SectionKind;
import org.attache.core.sign.TrustedKeys;

/**
 * The earlier dataset a pack's "New since" section compares with, as the pack names it, opened for the composer: a
 * dataset file, or a pack file saved with a copy of the dataset it was made from ("since my last pack").
 */
public final class EarlierDataset {
    private EarlierDataset() {
    }

    /** The file the pack's "New since" section compares with, or null when it is off or counts from an assembly. */
    public static Path of(Pack pack) {
        PackSection section = pack.section(SectionKind.NEW_SINCE);
        if (section == null || !section.included()) return null;
        if (!SectionKind.EARLIER_DATASET.equals(section.option(SectionKind.BASELINE))) return null;
        String file = section.option(SectionKind.EARLIER_FILE);
        return file.isBlank() ? null : Path.of(file);
    }

    /** The pack with its "New since" section switched on, counting from the earlier dataset {@code file}. */
    public static Pack since(Pack pack, Path file) {
        return withSection(pack, section -> section.withOption(SectionKind.BASELINE, SectionKind.EARLIER_DATASET)
                .withOption(SectionKind.EARLIER_FILE, file.toString()));
    }

    /** The pack with its "New since" section switched on, counting from the last General Assembly before the day. */
    public static Pack sinceLastAssembly(Pack pack) {
        return withSection(pack, section -> section.withOption(SectionKind.BASELINE, SectionKind.LAST_ASSEMBLY));
    }

    private static Pack withSection(Pack pack, java.util.function.UnaryOperator<PackSection> change) {
        for (int i = 0; i < pack.sections().size(); i++) {
            PackSection s = pack.sections().get(i);
            if (s.kind() == SectionKind.NEW_SINCE) return pack.withSectionReplaced(i, change.apply(s.withIncluded(true)));
        }
        throw new IllegalStateException("every pack lists every section");
    }

    /**
     * {@code options} with the earlier dataset the pack's "New since" section names, opened (it reads a file: call it
     * off the FX thread); one that cannot be read makes the section say so rather than list anything.
     */
    public static ExportOptions options(Pack pack, ExportOptions options) {
        Path file = of(pack);
        return file == null ? options : options.withEarlier(openedLast(file).earlier());
    }

    /** The file opened last, by path, size and time: the builder's preview asks for the same one at each edit. */
    private record Read(Path file, long size, long modified, Opened opened) {
    }

    private static volatile Read last;

    private static Opened openedLast(Path file) {
        long size;
        long modified;
        try {
            size = Files.size(file);
            modified = Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return open(file, TrustedKeys.standard());   // says why it cannot be read
        }
        Read seen = last;
        if (seen != null && seen.file().equals(file) && seen.size() == size && seen.modified() == modified) {
            return seen.opened();
        }
        Opened opened = open(file, TrustedKeys.standard());
        last = new Read(file, size, modified, opened);
        return opened;
    }

    /** The earlier version as the composer takes it, and what is wrong with the file when it cannot be used. */
    public record Opened(PackComposer.Earlier earlier, List<String> problems) {
        public Opened {
            problems = List.copyOf(problems);
        }

        public boolean usable() {
            return earlier.dataset() != null;
        }
    }

    /**
     * Opens {@code file} as the earlier version: a pack file (by its name ending in .attache.json, or by saying it
     * is one) through the copy of the dataset it keeps, anything else as a dataset file.
     */
    public static Opened open(Path file, TrustedKeys trusted) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!isPackFile(file)) {
            DatasetFile dataset = DatasetFile.open(file, trusted);
            return new Opened(new PackComposer.Earlier(dataset.name(), dataset.load().isValid() ? dataset.dataset() : null),
                    dataset.load().isValid() ? List.of() : problems("The earlier dataset " + dataset.load().file(),
                            dataset.load()));
        }
        PackLoad pack = PackFile.read(file);
        if (!pack.isUsable()) {
            List<String> lines = new ArrayList<>();
            lines.add("The earlier pack " + file + " cannot be read; \"New since\" cannot compare with it:");
            pack.problems().forEach(p -> lines.add("  " + p));
            return new Opened(new PackComposer.Earlier(name, null, PackComposer.Earlier.From.PACK), lines);
        }
        DatasetRef ref = pack.pack().dataset();
        if (ref == null || ref.snapshot() == null) {
            return new Opened(new PackComposer.Earlier(name, null, PackComposer.Earlier.From.PACK_WITHOUT_COPY),
                    List.of("The earlier pack " + file + " keeps no copy of the dataset it was made from (it was "
                            + "saved by an earlier version of Attaché, or its dataset was too large), so nothing can "
                            + "be counted as new since it"));
        }
        DatasetLoad copy = DatasetSnapshot.read(ref.snapshot(), file + " (its copy of " + ref.fileName() + ")");
        return new Opened(new PackComposer.Earlier(name, copy.isValid() ? copy.dataset() : null,
                PackComposer.Earlier.From.PACK), copy.isValid() ? List.of()
                : problems("The copy of its dataset that the earlier pack " + file + " keeps", copy));
    }

    private static List<String> problems(String what, DatasetLoad load) {
        List<String> lines = new ArrayList<>();
        lines.add(what + " has " + load.problemCounts() + "; \"New since\" cannot compare with it:");
        load.problems().forEach(p -> lines.add("  " + p));
        return lines;
    }

    private static boolean isPackFile(Path file) {
        if (file.toString().endsWith(Pack.FILE_SUFFIX)) return true;
        if (!Files.isRegularFile(file)) return false;
        try (InputStream in = Files.newInputStream(file)) {
            String start = new String(in.readNBytes(512), StandardCharsets.UTF_8);
            return start.contains("\"" + PackFile.FORMAT + "\"");
        } catch (IOException e) {
            return false;
        }
    }
}
