package org.attache.core.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import org.attache.core.document.Document;
import org.attache.core.document.PackComposer;
import org.attache.core.io.AtomicFile;
import org.attache.core.model.Dataset;
import org.attache.core.pack.Output;
import org.attache.core.pack.Pack;
import org.attache.core.pdf.PdfLock;
import org.attache.core.pdf.PdfRenderer;

/** Dataset + pack → PDF: composes the document and renders it, for the app, the command line and tests alike. */
public final class PackExporter {
    private final PackComposer composer = new PackComposer();
    private final PdfRenderer renderer = new PdfRenderer();
    private final PdfRenderer plain = new PdfRenderer(false);

    public Document compose(Dataset dataset, Pack pack, String datasetName, ZonedDateTime created) {
        return composer.compose(dataset, pack, new PackComposer.Setting(datasetName, created));
    }

    public byte[] render(Dataset dataset, Pack pack, String datasetName, ZonedDateTime created) throws IOException {
        return renderer.render(compose(dataset, pack, datasetName, created));
    }

    /** The pack as the given output: the full brief, the one-page pocket card, or the leave-behind. */
    public byte[] render(Dataset dataset, Pack pack, String datasetName, ZonedDateTime created, Output output)
            throws IOException {
        return render(dataset, pack, datasetName, created, output, ExportOptions.STANDARD);
    }

    /** The pack as the given output, stamped for its recipient and locked with a password as {@code options} say. */
    public byte[] render(Dataset dataset, Pack pack, String datasetName, ZonedDateTime created, Output output,
                         ExportOptions options) throws IOException {
        return render(dataset, pack, datasetName, null, created, output, options);
    }

    /** As above, from an opened dataset file: its metadata names the dataset's signer when a trusted key signed it. */
    public byte[] render(DatasetFile dataset, Pack pack, ZonedDateTime created, Output output, ExportOptions options)
            throws IOException {
        return render(dataset.dataset(), pack, dataset.name(), dataset.signedBy(), created, output, options);
    }

    /** The pack as the given output, with the dataset's trusted signer ({@code signedBy}, or null) in its metadata. */
    public byte[] render(Dataset dataset, Pack pack, String datasetName, PackComposer.SignedBy signedBy,
                         ZonedDateTime created, Output output, ExportOptions options) throws IOException {
        PackComposer.Setting setting = new PackComposer.Setting(datasetName, created, options.recipient(), signedBy,
                options.earlier());
        PdfRenderer writer = options.archival() ? renderer : plain;
        byte[] pdf = null;
        if (output != Output.CARD) {
            pdf = writer.render(composer.compose(dataset, output.apply(pack), setting));
        } else {
            // a card must stay on one page: it drops its least needed items, one at a time, until it does
            for (int fewer = 0; fewer <= PackComposer.CARD_TRIMS; fewer++) {
                pdf = writer.render(composer.composeCard(dataset, pack, setting, fewer));
                if (PdfRenderer.pageCount(pdf) == 1) break;
            }
        }
        return options.protection() == null ? pdf : PdfLock.lock(pdf, options.protection());
    }

    /** Renders and writes the PDF so that {@code out} is either the old file or the whole new one. */
    public void export(Dataset dataset, Pack pack, String datasetName, ZonedDateTime created, Path out) throws IOException {
        byte[] pdf = render(dataset, pack, datasetName, created);
        AtomicFile.write(out, pdf);
    }
}
