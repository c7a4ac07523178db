package org.attache.app.batch;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.core.export.BatchSummary;
import org.attache.core.export.DatasetFile;
import org.attache.core.model.Region;
import org.attache.core.pack.Pack;
import org.attache.core.pack.PaperSize;
import org.attache.core.pack.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchExportViewModelTest {
    private static final DatasetFile DATASET = DatasetFile.bundled();

    @TempDir
    Path dir;

    private final List<BatchSummary> done = new ArrayList<>();

    @Test
    void theChoiceOfCountriesIsCountedBeforeStarting() {
        BatchExportViewModel model = new BatchExportViewModel(DATASET, null, Runnable::run, Runnable::run);
        assertEquals(195, model.count(), "INTERPOL's member countries other than the PRC");
        model.scopeProperty().set(BatchExportViewModel.Scope.REGION);
        model.regionProperty().set(Region.OCEANIA);
        assertEquals(13, model.count(), "Oceania's INTERPOL members, not its territories");
        model.scopeProperty().set(BatchExportViewModel.Scope.ALLIES);
        assertEquals(11, model.count(), "the twelve allies less Tuvalu, which is not an INTERPOL member");
        model.scopeProperty().set(BatchExportViewModel.Scope.LIST);
        model.codesProperty().set("lv,  LT EE");
        assertEquals(3, model.count());
    }

    @Test
    void itRefusesToStartWithoutAFolderOrWithUnknownCountries() {
        BatchExportViewModel model = new BatchExportViewModel(DATASET, null, Runnable::run, Runnable::run);
        model.scopeProperty().set(BatchExportViewModel.Scope.LIST);
        model.codesProperty().set("LV, QQ");
        assertFalse(model.start(done::add));
        assertEquals("Choose a folder for the PDFs.", model.messageProperty().get());
        model.folderProperty().set(dir);
        assertFalse(model.start(done::add));
        assertEquals("The dataset has no country QQ.", model.messageProperty().get());
        model.codesProperty().set("");
        assertFalse(model.start(done::add));
        assertEquals("No country is selected.", model.messageProperty().get());
        assertTrue(done.isEmpty());
    }

    @Test
    void theOpenPackCanBeThePatternForEveryCountry() throws Exception {
        Pack open = Pack.of("LV", Template.POLICE).withPaper(PaperSize.LETTER).withClassification("Restricted");
        BatchExportViewModel model = new BatchExportViewModel(DATASET, open, Runnable::run, Runnable::run);
        assertEquals(Template.POLICE, model.templateProperty().get(), "the open pack's template is offered first");
        model.useOpenPackProperty().set(true);
        model.scopeProperty().set(BatchExportViewModel.Scope.LIST);
        model.codesProperty().set("EE");
        model.folderProperty().set(dir);

        assertTrue(model.start(done::add));

        assertEquals(1, done.size());
        assertEquals("Done", model.currentProperty().get());
        assertEquals(1.0, model.progressProperty().get());
        Path pdf = dir.resolve("EE-Estonia-police-" + java.time.LocalDate.now() + ".pdf");
        assertTrue(Files.exists(pdf), pdf.toString());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertEquals(612f, doc.getPage(0).getMediaBox().getWidth(), 0.01);
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).contains("RESTRICTED"));
        }
    }

    @Test
    void theFolderOfTheLastBatchIsOfferedNextTime() {
        org.attache.app.common.Settings settings = org.attache.app.common.Settings.inMemory();
        BatchExportViewModel first = new BatchExportViewModel(DATASET, null, Runnable::run, Runnable::run, settings);
        assertNull(first.folderProperty().get(), "nothing to offer the first time");
        first.scopeProperty().set(BatchExportViewModel.Scope.LIST);
        first.codesProperty().set("EE");
        first.folderProperty().set(dir);
        assertTrue(first.start(done::add));

        BatchExportViewModel next = new BatchExportViewModel(DATASET, null, Runnable::run, Runnable::run, settings);
        assertEquals(dir.toAbsolutePath(), next.folderProperty().get());
    }

    @Test
    void aBatchCanPrintPocketCards() throws Exception {
        BatchExportViewModel model = new BatchExportViewModel(DATASET, null, Runnable::run, Runnable::run);
        model.scopeProperty().set(BatchExportViewModel.Scope.LIST);
        model.codesProperty().set("EE, LV");
        model.outputProperty().set(org.attache.core.pack.Output.CARD);
        model.folderProperty().set(dir);

        assertTrue(model.start(done::add));

        for (String country : List.of("EE-Estonia", "LV-Latvia")) {
            Path pdf = dir.resolve(country + "-ministerial-card-" + java.time.LocalDate.now() + ".pdf");
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                assertEquals(1, doc.getNumberOfPages(), pdf.toString());
            }
        }
    }

    @Test
    void newPacksOfABatchCarryTheDeskThatPreparesThem() throws Exception {
        BatchExportViewModel model = new BatchExportViewModel(DATASET, null, Runnable::run, Runnable::run);
        model.setPreparedBy("Europe Desk");
        model.scopeProperty().set(BatchExportViewModel.Scope.LIST);
        model.codesProperty().set("EE");
        model.folderProperty().set(dir);
        assertTrue(model.start(done::add));
        Path pdf = dir.resolve("EE-Estonia-ministerial-" + java.time.LocalDate.now() + ".pdf");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var cover = new org.apache.pdfbox.text.PDFTextStripper();
            cover.setEndPage(1);
            assertTrue(cover.getText(doc).contains("Prepared by Europe Desk"), cover.getText(doc));
        }
    }

    @Test
    void elapsedAndRemainingTime() {
        assertEquals("10 of 40 · 5 s elapsed, about 15 s left", BatchExportViewModel.timing(5_000_000_000L, 10, 40));
        assertEquals("40 of 40 · 20 s elapsed", BatchExportViewModel.timing(20_000_000_000L, 40, 40));
    }
}
