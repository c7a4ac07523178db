package org.attache.core.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.attache.core.data.Printable;
import org.attache.core.document.PackComposer;
import org.attache.core.io.AtomicFile;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.pack.Output;
import org.attache.core.pack.Pack;

/**
 * Makes one pack per country into a folder, on every core. Each file appears only when complete (written to
 * a temporary name and moved into place), so a cancelled or killed batch leaves no truncated PDF, and a rerun
 * with {@code skipExisting} makes only the missing ones. A country that fails is reported; the rest go on.
 * An exporter runs one batch; once cancelled it stays cancelled.
 */
public final class BatchExporter {

    /**
     * What to make: a pattern pack (its country is replaced), for a selection, into a folder, printed as full briefs,
     * pocket cards or leave-behinds.
     */
    public record Request(Dataset dataset, String datasetName, CountrySelection selection, Pack pattern, Path folder,
                          boolean skipExisting, ZonedDateTime created, Output output, ExportOptions options,
                          PackComposer.SignedBy signedBy) {
        public Request {
            if (output == null) output = Output.FULL;
            if (options == null) options = ExportOptions.STANDARD;
        }

        /** Packs from an opened dataset file, whose trusted signer (if any) their metadata names. */
        public Request(DatasetFile dataset, CountrySelection selection, Pack pattern, Path folder, boolean skipExisting,
                       ZonedDateTime created, Output output, ExportOptions options) {
            this(dataset.dataset(), dataset.name(), selection, pattern, folder, skipExisting, created, output, options,
                    dataset.signedBy());
        }

        public Request(Dataset dataset, String datasetName, CountrySelection selection, Pack pattern, Path folder,
                       boolean skipExisting, ZonedDateTime created, Output output, ExportOptions options) {
            this(dataset, datasetName, selection, pattern, folder, skipExisting, created, output, options, null);
        }

        public Request(Dataset dataset, String datasetName, CountrySelection selection, Pack pattern, Path folder,
                       boolean skipExisting, ZonedDateTime created, Output output) {
            this(dataset, datasetName, selection, pattern, folder, skipExisting, created, output, ExportOptions.STANDARD);
        }
    }

    private final PackExporter exporter = new PackExporter();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final int threads;

    public BatchExporter() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public BatchExporter(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** Asks a running batch to stop: no new country is started; those in progress finish their file. */
    public void cancel() {
        cancelled.set(true);
    }

    public BatchSummary run(Request request, BatchListener listener) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(request.folder());
        removeLeftovers(request.folder());
        List<Country> countries = request.selection().countries(request.dataset());
        List<BatchItem> items = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        int workers = Math.min(threads, Math.max(1, countries.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "attache-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int w = 0; w < workers; w++) {
                pool.execute(() -> {
                    int i;
                    while (!cancelled.get() && (i = next.getAndIncrement()) < countries.size()) {
                        // every country taken ends as an item, whatever happens: the counts always add up
                        Country country = countries.get(i);
                        quietly(() -> listener.started(country));
                        BatchItem item = one(request, country);
                        int done;
                        synchronized (items) { // each item gets its own count, however the workers interleave
                            items.add(item);
                            done = items.size();
                        }
                        quietly(() -> listener.finished(item, done, countries.size()));
                    }
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                // a batch of a few hundred packs takes seconds; keep waiting
            }
        } catch (InterruptedException e) {
            cancelled.set(true);
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
        Map<Country, Integer> order = new IdentityHashMap<>();
        for (int i = 0; i < countries.size(); i++) order.put(countries.get(i), i);
        List<BatchItem> ordered = new ArrayList<>(items);
        ordered.sort(Comparator.comparing(item -> order.get(item.country())));
        return new BatchSummary(countries.size(), ordered, cancelled.get() && ordered.size() < countries.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** One country's pack; whatever goes wrong is this item's failure, with its reason, never a lost item. */
    private BatchItem one(Request request, Country country) {
        long start = System.nanoTime();
        Path file = request.folder();
        try {
            Pack pack = request.pattern().withCountry(country.code());
            file = inside(request.folder(), fileName(country, pack, request.created().toLocalDate(), request.output()));
            if (request.skipExisting() && WholePdf.isWhole(file)) {
                return new BatchItem(country, BatchItem.Status.SKIPPED, file, "", elapsed(start));
            }
            byte[] pdf = exporter.render(request.dataset(), pack, request.datasetName(), request.signedBy(),
                    request.created(), request.output(), request.options());
            AtomicFile.write(file, pdf);
            return new BatchItem(country, BatchItem.Status.WRITTEN, file, "", elapsed(start));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new BatchItem(country, BatchItem.Status.FAILED, file, reason, elapsed(start));
        } catch (OutOfMemoryError e) {
            return new BatchItem(country, BatchItem.Status.FAILED, file,
                    "the memory available was not enough for this pack (" + Runtime.getRuntime().maxMemory() / (1 << 20)
                            + " MB)", elapsed(start));
        }
    }

    /** Progress is only shown: a listener that fails never costs a pack. */
    private static void quietly(Runnable progress) {
        try {
            progress.run();
        } catch (RuntimeException e) {
            // the display of progress failed; the batch goes on
        }
    }

    /** The file of that name in the folder, proven to be in it: a name never leads anywhere else. */
    public static Path inside(Path folder, String name) {
        Path base = folder.toAbsolutePath().normalize();
        Path file = base.resolve(name).normalize();
        if (!file.getParent().equals(base)) {
            throw new IllegalArgumentException("the file name " + Printable.quote(name)
                    + " would lead out of the folder " + base);
        }
        return file;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * "LV-Latvia-ministerial-2026-11-24.pdf": code, name in plain letters, template, and the meeting's date
     * (or the day the batch runs); a card or a leave-behind says so after the template, so that it never takes the
     * full brief's name.
     */
    public static String fileName(Country country, Pack pack, LocalDate batchDay, Output output) {
        String plain = Normalizer.normalize(country.name(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        // made of letters, digits and '-' only, and short, whatever the dataset's code and name hold
        String code = country.code().replaceAll("[^A-Za-z0-9]+", "");
        String name = plain.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (name.length() > 60) name = name.substring(0, 60).replaceAll("-+$", "");
        if (code.isEmpty()) code = "XX";
        LocalDate date = pack.meeting().date() != null ? pack.meeting().date() : batchDay;
        String kind = output == Output.FULL ? "" : "-" + output.json();
        return code + "-" + name + "-" + pack.template().json() + kind + "-" + date + ".pdf";
    }

    /** "LV-Latvia-ministerial-2026-11-24-copy-03.pdf": a pack's file name, for one recipient's numbered copy. */
    public static String copyFileName(Country country, Pack pack, LocalDate day, Output output, int copy) {
        String name = fileName(country, pack, day, output);
        return name.substring(0, name.length() - ".pdf".length()) + String.format(java.util.Locale.ROOT, "-copy-%02d.pdf", copy);
    }

    /**
     * Deletes temporary files a killed batch left behind: hidden, named after a pack ("." and a code and a dash at
     * the start), ending in the temporary suffix; never PDFs, never anything else.
     */
    private static void removeLeftovers(Path folder) throws IOException {
        Pattern ours = Pattern.compile("\\.[A-Za-z0-9]{2}-.*" + Pattern
                .quote(AtomicFile.TEMP_SUFFIX));
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder,
                p -> ours.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p))) {
            for (Path p : stream) Files.deleteIfExists(p);
        }
    }
}
