package org.attache.app.pack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.attache.app.common.TaskRunner;
import org.attache.app.common.UiText;
import org.attache.core.export.BatchExporter;
import org.attache.core.export.DatasetFile;
import org.attache.core.export.EarlierDataset;
import org.attache.core.export.ExportOptions;
import org.attache.core.export.PackExporter;
import org.attache.core.io.AtomicFile;
import org.attache.core.model.Country;
import org.attache.core.pack.Output;
import org.attache.core.pack.Pack;

/**
 * The builder's exports: the pack as a PDF, a stamped copy for each recipient, and the PDF to print, each made from
 * the pack as it is when asked, in the background, with the hand-out settings; the outcome is said in the status.
 */
final class PackExports {
    /** Where an export says how it goes: busy or not, a status line, and a failure worth a dialog. */
    interface Status {
        void busy(boolean on);

        void say(String line);

        void failed(String title, String text);
    }

    private final PackExporter exporter = new PackExporter();
    private final TaskRunner tasks;
    private final HandOutViewModel handOut;
    private final Supplier<Pack> pack;
    private final Supplier<DatasetFile> dataset;
    private final Supplier<Country> country;
    private final Status status;

    PackExports(TaskRunner tasks, HandOutViewModel handOut, Supplier<Pack> pack, Supplier<DatasetFile> dataset,
                Supplier<Country> country, Status status) {
        this.tasks = tasks;
        this.handOut = handOut;
        this.pack = pack;
        this.dataset = dataset;
        this.country = country;
        this.status = status;
    }

    /**
     * Renders the pack as the given output (the full brief, or the leave-behind), stamped, locked and archival as the
     * hand-out settings say, and writes it to {@code file}.
     */
    void pdf(Path file, Output output, Consumer<Path> onExported) {
        export(file, () -> UiText.get("pack.message.exporting", file.getFileName()), (p, d) -> {
            ExportOptions options = handOut.options();
            return () -> {
                byte[] pdf = exporter.render(d, p, PackBuilderViewModel.now(), output, EarlierDataset.options(p, options));
                AtomicFile.write(file, pdf);
                return UiText.get("pack.message.exported", file.getFileName(), (pdf.length + 1023) / 1024);
            };
        }, onExported);
    }

    /**
     * Writes a copy of the pack for each recipient of the hand-out settings into {@code folder}, each stamped with
     * its reader's name and number ("LV-Latvia-ministerial-2026-11-24-copy-02.pdf").
     */
    void copies(Path folder, Output output, Consumer<Path> onExported) {
        export(folder, () -> UiText.get("pack.message.exportingCopies", String.valueOf(handOut.copies().size()),
                folder.getFileName()), (p, d) -> {
            List<ExportOptions> copies = handOut.copies();
            Country c = country.get();
            return () -> {
                ZonedDateTime created = PackBuilderViewModel.now();
                Files.createDirectories(folder);
                for (ExportOptions options : copies) {
                    Path file = BatchExporter.inside(folder,
                            BatchExporter.copyFileName(c, p, created.toLocalDate(), output, options.recipient().copy()));
                    AtomicFile.write(file, exporter.render(d, p, created, output, EarlierDataset.options(p, options)));
                }
                return UiText.get("pack.message.exportedCopies", String.valueOf(copies.size()), folder.getFileName());
            };
        }, onExported);
    }

    /** The work of an export, prepared on the FX thread from the pack and the settings as they are now. */
    private interface ExportWork {
        /** The work to run in the background; it returns the status line that says it is done. */
        Callable<String> prepare(Pack pack, DatasetFile dataset);
    }

    /**
     * One export to {@code target}: refused, in words, when the hand-out settings cannot be used; else run in the
     * background while the builder is busy, its markings remembered, the outcome said in the status bar.
     */
    private void export(Path target, Supplier<String> doing, ExportWork work, Consumer<Path> onExported) {
        Pack p = pack.get();
        DatasetFile d = dataset.get();
        if (p == null || d == null) return;
        String refusal = handOut.refusal();
        if (!refusal.isEmpty()) {
            exportFailed(target, refusal);
            return;
        }
        Callable<String> job = work.prepare(p, d);
        handOut.remember(p.classification());
        status.busy(true);
        status.say(doing.get());
        tasks.run(job, done -> {
            status.busy(false);
            status.say(done);
            onExported.accept(target);
        }, failure -> {
            status.busy(false);
            exportFailed(target, reason(failure));
        });
    }

    /** Says in the status bar and in a dialog that writing {@code target} failed, and why. */
    private void exportFailed(Path target, String reason) {
        status.say(UiText.get("pack.message.exportFailed", target.getFileName(), reason));
        status.failed(UiText.get("pack.exportFailed.title"), UiText.get("pack.exportFailed.text", target.toAbsolutePath(), reason));
    }

    /** Captures the pack as it is now; the returned work renders its PDF and may run off the FX thread. */
    Callable<byte[]> renderNow() {
        Pack p = pack.get();
        DatasetFile d = dataset.get();
        if (p == null || d == null) throw new IllegalStateException("no pack to render");
        // a printed copy is stamped for its recipient like an exported one; paper has no password
        ExportOptions options = handOut.refusal().isEmpty() ? handOut.options().withProtection(null) : ExportOptions.STANDARD;
        return () -> exporter.render(d, p, PackBuilderViewModel.now(), Output.FULL, EarlierDataset.options(p, options));
    }

    /** What went wrong, in the words of the failure (file writes say it plainly, naming the file chosen). */
    static String reason(Throwable failure) {
        return failure.getMessage() == null || failure.getMessage().isBlank() ? failure.toString() : failure.getMessage();
    }
}
