package org.attache.core.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.attache.core.export.ExportOptions;
import org.attache.core.export.PackExporter;
import org.attache.core.pack.BriefLanguage;
import org.attache.core.pack.Output;
import org.attache.core.pack.Pack;
import org.attache.core.pack.Recipient;
import org.attache.core.pack.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Packs checked with veraPDF against PDF/UA-1 (ISO 14289-1), offline: they fail no rule but those listed here, each
 * with the reason it still fails. A new kind of failure fails the test.
 */
class PdfUaTest {
    /** The rules a pack does not meet yet, by clause and test number, and why. */
    static final Map<String, String> KNOWN = Map.of(
            "5-1", "the XMP metadata does not say the file is PDF/UA-1 (pdfuaid:part); PDF/A-2 would need the "
                    + "property described by an extension schema in the same metadata",
            "7.1-8", "a plain PDF (PdfRenderer(false), --no-pdfa, a locked copy) has no XMP metadata stream; only an "
                    + "archival one has");

    @BeforeAll
    static void foundry() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest
    @EnumSource(BriefLanguage.class)
    void theLatvianPackFailsNoRuleOfPdfUaButTheKnownOnes(BriefLanguage language) throws Exception {
        Pack pack = PdfPacks.pack("LV", Template.MINISTERIAL).withLanguage(language);
        assertOnlyKnownFailures(PdfPacks.render(pack, "LV-pdfua-" + language.json()));
    }

    @ParameterizedTest
    @EnumSource(value = Output.class, names = {"CARD", "LEAVE_BEHIND"})
    void norItsPocketCardAndLeaveBehind(Output output) throws Exception {
        assertOnlyKnownFailures(export(PdfPacks.pack("LV", Template.MINISTERIAL), output, ExportOptions.STANDARD));
    }

    @Test
    void norADraftStampedForItsRecipient() throws Exception {
        Pack pack = PdfPacks.pack("LV", Template.MINISTERIAL);
        pack = pack.withControl(pack.control().withDraft(true));
        assertOnlyKnownFailures(export(pack, Output.FULL, ExportOptions.STANDARD.withRecipient(new Recipient("Lina Chen", 3))));
    }

    @Test
    void norAPlainPdf() throws Exception {
        assertOnlyKnownFailures(new PdfRenderer(false).render(PdfPacks.document(PdfPacks.pack("LV", Template.MINISTERIAL))));
    }

    private static byte[] export(Pack pack, Output output, ExportOptions options) throws Exception {
        return new PackExporter().render(PdfPacks.DATASET, pack, "campaign.json", PdfPacks.CREATED, output, options);
    }

    private static void assertOnlyKnownFailures(byte[] pdf) throws Exception {
        Map<String, String> unexplained = new TreeMap<>();
        for (Map.Entry<String, String> failure : failures(pdf).entrySet()) {
            if (!KNOWN.containsKey(failure.getKey())) unexplained.put(failure.getKey(), failure.getValue());
        }
        assertTrue(unexplained.isEmpty(), "PDF/UA-1 rules failed: " + unexplained);
    }

    /** Each failed rule, as "clause-test", with the count of its failures and the first place it failed. */
    static Map<String, String> failures(byte[] pdf) throws Exception {
        Map<String, String> failed = new LinkedHashMap<>();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() != TestAssertion.Status.FAILED) continue;
                String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
                failed.putIfAbsent(rule, result.getFailedChecks().get(a.getRuleId()) + "x, first at "
                        + a.getLocation().getContext() + ": " + a.getMessage());
            }
        }
        return failed;
    }
}
