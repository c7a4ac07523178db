package org.attache.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.attache.core.data.BundledDataset;
import org.attache.core.export.EarlierDataset;
import org.attache.core.model.Dataset;
import org.attache.core.pack.DatasetFingerprint;
import org.attache.core.pack.DatasetRef;
import org.attache.core.pack.DatasetSnapshot;
import org.attache.core.pack.Pack;
import org.attache.core.pack.PackFile;
import org.attache.core.pack.PackSection;
import org.attache.core.pack.SectionKind;
import org.attache.core.pack.Template;
import org.attache.core.sign.TrustedKeys;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * "New since" counted from an earlier pack file: the pack keeps a copy of the dataset it was made from, so a later
 * pack lists exactly what it would list against that dataset's own file; a pack without a copy, or with a damaged
 * one, is said to be so, and nothing is listed.
 */
class NewSinceFromPackTest {
    private static final Dataset NEW = BundledDataset.load().dataset();
    private static final ZonedDateTime CREATED = ZonedDateTime.of(2026, 11, 22, 9, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Pack since(String country, Path earlierFile) {
        Pack pack = Pack.of(country, Template.MINISTERIAL);
        List<PackSection> sections = new ArrayList<>();
        for (PackSection s : pack.sections()) {
            sections.add(s.kind() != SectionKind.NEW_SINCE ? s : s.withIncluded(true)
                    .withOption(SectionKind.BASELINE, SectionKind.EARLIER_DATASET)
                    .withOption(SectionKind.EARLIER_FILE, earlierFile.toString()));
        }
        return pack.withSections(sections);
    }

    /** The section's text, block by block. */
    private static List<String> section(Pack pack, PackComposer.Earlier earlier) {
        Document d = new PackComposer().compose(NEW, pack, new PackComposer.Setting("campaign.json", CREATED).withEarlier(earlier));
        List<String> texts = new ArrayList<>();
        boolean in = false;
        for (Block b : d.blocks()) {
            if (b instanceof Heading h && h.level() == 1) {
                if (in) break;
                in = h.text().startsWith("New since");
            }
            if (in) texts.add(b.toString());
        }
        assertFalse(texts.isEmpty(), "the section is printed");
        return texts;
    }

    /** A pack of {@code country} saved from {@code dataset}, as the app saves one: with its copy unless told not to. */
    private Path savedPack(String country, Dataset dataset, boolean withCopy) throws IOException {
        DatasetRef ref = DatasetFingerprint.refFor("campaign.json", "0".repeat(64), dataset, country);
        if (withCopy) ref = ref.withSnapshot(DatasetSnapshot.of(dataset));
        Path file = dir.resolve(country + "-earlier" + Pack.FILE_SUFFIX);
        PackFile.save(Pack.of(country, Template.MINISTERIAL).withDataset(ref), file);
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"LV", "US", "JP"})
    void anEarlierPackListsExactlyWhatItsDatasetWould(String country) throws IOException {
        EarlierVersion old = EarlierVersion.of(NEW, country);
        Path pack = savedPack(country, old.dataset(), true);
        EarlierDataset.Opened opened = EarlierDataset.open(pack, TrustedKeys.standard());
        assertTrue(opened.usable(), opened.problems().toString());
        assertEquals(PackComposer.Earlier.From.PACK, opened.earlier().from());

        List<String> fromPack = section(since(country, pack), opened.earlier());
        List<String> fromDataset = section(since(country, pack), new PackComposer.Earlier("old.json", old.dataset()));
        assertEquals(fromDataset.subList(2, fromDataset.size()), fromPack.subList(2, fromPack.size()),
                "the same records, changes and withdrawals");
        String all = String.join("\n", fromPack);
        assertTrue(all.contains("since the dataset the earlier pack " + pack.getFileName() + " was made from (2025-12-01)"), all);
        assertTrue(all.contains("has since been withdrawn"), all);
    }

    @Test
    void aPackOfAnotherCountryCountsFromItsWholeDatasetAllTheSame() throws IOException {
        EarlierVersion old = EarlierVersion.of(NEW, "LV");
        Path french = savedPack("FR", old.dataset(), true);
        List<String> fromPack = section(since("LV", french), EarlierDataset.open(french, TrustedKeys.standard()).earlier());
        List<String> fromDataset = section(since("LV", french), new PackComposer.Earlier("old.json", old.dataset()));
        assertEquals(fromDataset.subList(2, fromDataset.size()), fromPack.subList(2, fromPack.size()));
    }

    @Test
    void aPackWithoutACopySaysSoAndListsNothing() throws IOException {
        Path pack = savedPack("LV", EarlierVersion.of(NEW, "LV").dataset(), false);
        assertFalse(Files.readString(pack).contains("snapshot"));
        EarlierDataset.Opened opened = EarlierDataset.open(pack, TrustedKeys.standard());
        assertFalse(opened.usable());
        assertTrue(opened.problems().get(0).contains("keeps no copy of the dataset it was made from"), opened.problems().toString());
        String all = String.join("\n", section(since("LV", pack), opened.earlier()));
        assertTrue(all.contains("The earlier pack " + pack.getFileName() + " keeps no copy of the dataset"), all);
        assertFalse(all.contains("BulletList"), "nothing is listed");
    }

    @Test
    void aDamagedCopyIsNamedAndListsNothing() throws IOException {
        Path pack = savedPack("LV", EarlierVersion.of(NEW, "LV").dataset(), true);
        String text = Files.readString(pack);
        Files.writeString(pack, text.replaceAll("\"snapshot\" ?: ?\"[^\"]+\"", "\"snapshot\": \"H4sIAAAAnot-gzip\""),
                StandardCharsets.UTF_8);
        EarlierDataset.Opened opened = EarlierDataset.open(pack, TrustedKeys.standard());
        assertFalse(opened.usable());
        assertTrue(String.join("\n", opened.problems()).contains("its copy of the dataset is"), opened.problems().toString());
        String all = String.join("\n", section(since("LV", pack), opened.earlier()));
        assertTrue(all.contains("The earlier pack " + pack.getFileName() + " could not be read"), all);
    }

    @Test
    void theCopyIsTheWholeDatasetAndComesBackTheSame() {
        String copy = DatasetSnapshot.of(NEW);
        assertNotNull(copy);
        assertTrue(copy.length() < 200_000, "the bundled dataset fits a pack file many times over: " + copy.length());
        Dataset back = DatasetSnapshot.read(copy, "copy").dataset();
        assertEquals(NEW, back);
        assertNull(DatasetSnapshot.read("not base64 !", "copy").dataset());
    }
}
