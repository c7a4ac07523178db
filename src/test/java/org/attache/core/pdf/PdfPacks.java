package org.attache.core.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.attache.core.data.BundledDataset;
import org.attache.core.document.Document;
import org.attache.core.export.PackExporter;
import org.attache.core.model.Dataset;
import org.attache.core.pack.Meeting;
import org.attache.core.pack.Pack;
import org.attache.core.pack.Template;

/** Packs rendered from the bundled dataset for tests; each PDF is also kept in target/packs for qpdf in CI. */
final class PdfPacks {
    static final Dataset DATASET = BundledDataset.load().dataset();
    static final ZonedDateTime CREATED = ZonedDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneOffset.UTC);
    static final Meeting RIGA = new Meeting(LocalDate.of(2026, 11, 24), "Jānis Bērziņš", "Minister of the Interior",
            "Rīga", "Ask for support at the 94th General Assembly.");
    static final Path OUT = Path.of("target", "packs");

    private PdfPacks() {
    }

    static Pack pack(String country, Template template) {
        return Pack.of(country, template).withMeeting(RIGA).withClassification("Restricted");
    }

    static Document document(Pack pack) {
        return new PackExporter().compose(DATASET, pack, "campaign.json", CREATED);
    }

    /** Renders the pack and keeps the PDF as target/packs/{name}.pdf. */
    static byte[] render(Pack pack, String name) throws IOException {
        byte[] pdf = new PdfRenderer().render(document(pack));
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name + ".pdf"), pdf);
        return pdf;
    }
}
