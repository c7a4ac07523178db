package org.attache.core.export;

import java.nio.file.Path;
import org.attache.core.document.PackComposer;
import org.attache.core.pack.Pack;
import org.attache.core.pack.PackSection;
import org.attache.core.pack.SectionKind;

/** The earlier dataset a pack's "New since" section compares with, as the pack names it, opened for the composer. */
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
        return file == null ? options : options.withEarlier(toEarlier(DatasetFile.open(file)));
    }

    /** The earlier dataset as the composer takes it: null dataset when the file cannot be used. */
    public static PackComposer.Earlier toEarlier(DatasetFile file) {
        return new PackComposer.Earlier(file.name(), file.load().isValid() ? file.dataset() : null);
    }
}
