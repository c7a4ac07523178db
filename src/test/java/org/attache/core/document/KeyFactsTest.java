package org.attache.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.attache.core.analysis.CountingRule;
import org.attache.core.data.BundledDataset;
import org.attache.core.export.CountrySelection;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.model.Fact;
import org.attache.core.pack.Pack;
import org.attache.core.pack.Template;
import org.junit.jupiter.api.Test;

/** The key figures of a pack: chosen for the country, never two of one measure, never an unconfirmed one. */
class KeyFactsTest {
    private static final Dataset DATA = BundledDataset.load().dataset();

    private static List<Fact> keyFacts(String country, CountingRule rule) {
        return new FrontMatter(BriefContext.of(DATA, Pack.of(country, Template.MINISTERIAL))).keyFacts(rule);
    }

    @Test
    void noTwoKeyFiguresShareAMeasureAndEachIsFirm() {
        for (Country c : CountrySelection.all().countries(DATA)) {
            List<Fact> facts = keyFacts(c.code(), CountingRule.STANDARD);
            assertTrue(facts.size() >= 2 && facts.size() <= 3, c.code() + ": " + facts);
            assertEquals(facts.size(), facts.stream().map(Fact::category).distinct().count(),
                    c.code() + ": one figure per category: " + facts.stream().map(Fact::id).toList());
            assertEquals(facts.size(), facts.stream().map(f -> f.figure().unit()).distinct().count(), c.code());
            for (Fact f : facts) assertTrue(CountingRule.STANDARD.firm(f.evidence()), c.code() + ": " + f.id());
        }
    }

    @Test
    void aCaseThatConcernsTheCountryLeadsItsFiguresAndOtherCountriesCasesStayOut() {
        assertEquals("fact-scam-centre-rescues", keyFacts("KH", CountingRule.STANDARD).get(0).id());
        assertEquals("fact-heroin-art-lamps-2025", keyFacts("VN", CountingRule.STANDARD).get(0).id());
        List<String> latvia = keyFacts("LV", CountingRule.STANDARD).stream().map(Fact::id).toList();
        assertEquals(List.of("fact-numbeo-2025", "fact-population"), latvia, "policing record first, then context");
    }

    @Test
    void aFigureOfMediumConfidenceLeadsOnlyWhenTheUserTicksUnconfirmedItemsIn() {
        assertTrue(keyFacts("PH", CountingRule.STANDARD).stream().noneMatch(f -> f.id().equals("fact-joint-seizure-philippines-2018")));
        assertEquals("fact-joint-seizure-philippines-2018", keyFacts("PH", new CountingRule(true)).get(0).id());
    }
}
