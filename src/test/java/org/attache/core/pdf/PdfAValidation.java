package org.attache.core.pdf;

import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/** A PDF checked by veraPDF against PDF/A-2b, with the rules it breaks described for a test's failure message. */
record PdfAValidation(PDFAFlavour flavour, boolean compliant, List<String> failures) {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static PdfAValidation of(byte[] pdf) throws Exception {
        PDFAFlavour flavour = PDFAFlavour.PDFA_2_B;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<RuleId, List<TestAssertion>> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .collect(Collectors.groupingBy(TestAssertion::getRuleId));
            List<String> failures = result.getFailedChecks().entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<RuleId, Integer> e) -> e.getKey().getClause())
                            .thenComparingInt(e -> e.getKey().getTestNumber()))
                    .map(e -> describe(result, e.getKey(), e.getValue(), failed.getOrDefault(e.getKey(), List.of())))
                    .toList();
            return new PdfAValidation(result.getPDFAFlavour(), result.isCompliant(), failures);
        }
    }

    /** "6.3.2-1 (ISO 19005-2:2011 clause 6.3.2, test 1), 73 times: what the rule asks; first at: where". */
    private static String describe(ValidationResult result, RuleId id, int count, List<TestAssertion> failed) {
        Rule rule = result.getValidationProfile().getRuleByRuleId(id);
        return id.getClause() + "-" + id.getTestNumber() + " (" + id.getSpecification() + " clause " + id.getClause()
                + ", test " + id.getTestNumber() + "), " + count + (count == 1 ? " time: " : " times: ")
                + (rule == null ? "?" : rule.getDescription())
                + (failed.isEmpty() ? "" : "; first at " + failed.get(0).getLocation().getContext());
    }

    /** "compliant", or the rules broken, one a line. */
    String report() {
        return compliant ? "compliant" : failures.size() + " rules failed:\n  " + String.join("\n  ", failures);
    }
}
