package org.attache.core.data;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.attache.core.data.json.JsonPath;
import org.attache.core.model.Ask;
import org.attache.core.model.Assembly;
import org.attache.core.model.ConstitutionArticle;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.model.Fact;
import org.attache.core.model.Measure;
import org.attache.core.model.Organisation;
import org.attache.core.model.Source;
import org.attache.core.model.SupportAction;
import org.attache.core.model.TalkingPoint;
import org.attache.core.model.Tally;

/**
 * Checks what a schema cannot: ids unique across the file, every reference resolving, every statement citing a
 * source, one final tally per assembly and measure.
 */
final class DatasetValidator {
    private final Dataset dataset;
    private final Map<Object, JsonPath> paths;
    private final Problems problems;
    private final Set<String> citedSources = new HashSet<>();

    DatasetValidator(Dataset dataset, Map<Object, JsonPath> paths, Problems problems) {
        this.dataset = dataset;
        this.paths = paths;
        this.problems = problems;
    }

    void validate() {
        checkUniqueIds();
        dataset.assemblies().forEach(this::checkAssembly);
        dataset.countries().forEach(this::checkCountry);
        dataset.organisations().forEach(this::checkOrganisation);
        dataset.actions().forEach(this::checkAction);
        dataset.tallies().forEach(this::checkTally);
        checkOneFinalTallyPerMeasure();
        dataset.facts().forEach(this::checkFact);
        dataset.asks().forEach(a -> checkCitations(a, "sources", a.sources(), true));
        dataset.talkingPoints().forEach(this::checkTalkingPoint);
        dataset.articles().forEach(a -> checkCitations(a, "sources", a.sources(), true));
        checkEverySourceCited();
        checkTranslatedRecordsExist();
    }

    /**
     * A translation names a record that is there: "LV" among the countries, "ga-94" among the assemblies. One that
     * names no record is never shown, so it is a warning (a mistyped id, or a record left out for its own errors).
     */
    private void checkTranslatedRecordsExist() {
        Map<String, Set<String>> ids = Map.ofEntries(
                Map.entry(org.attache.core.model.Translations.DATASET, Set.of(org.attache.core.model.Translations.DATASET)),
                Map.entry("assemblies", idsOf(dataset.assemblies(), Assembly::id)),
                Map.entry("countries", idsOf(dataset.countries(), Country::code)),
                Map.entry("organisations", idsOf(dataset.organisations(), Organisation::id)),
                Map.entry("measures", idsOf(dataset.measures(), Measure::id)),
                Map.entry("actions", idsOf(dataset.actions(), SupportAction::id)),
                Map.entry("tallies", idsOf(dataset.tallies(), Tally::id)),
                Map.entry("facts", idsOf(dataset.facts(), Fact::id)),
                Map.entry("asks", idsOf(dataset.asks(), Ask::id)),
                Map.entry("talkingPoints", idsOf(dataset.talkingPoints(), TalkingPoint::id)),
                Map.entry("articles", idsOf(dataset.articles(), ConstitutionArticle::id)));
        for (String language : org.attache.core.model.Translations.LANGUAGES) {
            dataset.translations().of(language).forEach((list, records) -> records.keySet().forEach(id -> {
                if (!ids.getOrDefault(list, Set.of()).contains(id)) {
                    problems.addUnplaced(Severity.WARNING,
                            JsonPath.ROOT.member("translations").member(language).member(list).member(id),
                            "there is no record \"" + id + "\" in " + list + "; its translation is not used");
                }
            }));
        }
    }

    private static <T> Set<String> idsOf(List<T> records, Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        for (T r : records) ids.add(id.apply(r));
        return ids;
    }

    private void checkUniqueIds() {
        Map<String, JsonPath> seen = new HashMap<>();
        checkUnique(dataset.sources(), Source::id, seen);
        checkUnique(dataset.assemblies(), Assembly::id, seen);
        checkUnique(dataset.organisations(), Organisation::id, seen);
        checkUnique(dataset.measures(), Measure::id, seen);
        checkUnique(dataset.actions(), SupportAction::id, seen);
        checkUnique(dataset.tallies(), Tally::id, seen);
        checkUnique(dataset.facts(), Fact::id, seen);
        checkUnique(dataset.asks(), Ask::id, seen);
        checkUnique(dataset.talkingPoints(), TalkingPoint::id, seen);
        checkUnique(dataset.articles(), ConstitutionArticle::id, seen);
        checkUnique(dataset.countries(), Country::code, new HashMap<>());
        Map<Integer, JsonPath> years = new HashMap<>();
        for (Assembly a : dataset.assemblies()) {
            JsonPath first = years.putIfAbsent(a.year(), pathOf(a));
            if (first != null) error(a, "year", "two assemblies have the year " + a.year() + " (the other is at "
                    + first + ")");
        }
    }

    private <T> void checkUnique(List<T> records, Function<T, String> id, Map<String, JsonPath> seen) {
        for (T record : records) {
            JsonPath first = seen.putIfAbsent(id.apply(record), pathOf(record));
            if (first != null) {
                error(record, record instanceof Country ? "code" : "id",
                        "the id \"" + id.apply(record) + "\" is already used at " + first);
            }
        }
    }

    private void checkAssembly(Assembly a) {
        if (a.hostCountry() != null) checkCountryRef(a, "hostCountry", a.hostCountry());
        if (a.startDate() != null && a.endDate() != null && a.endDate().compareTo(a.startDate()) < 0) {
            error(a, "endDate", "the assembly ends (" + a.endDate() + ") before it starts (" + a.startDate() + ")");
        }
        checkCitations(a, "sources", a.sources(), true);
    }

    private void checkCountry(Country c) {
        checkCitations(c, "sources", c.sources(), false);
        if (c.diplomaticAlly() != null) {
            checkCitations(c.diplomaticAlly(), "sources", c.diplomaticAlly().sources(), true);
        }
    }

    private void checkOrganisation(Organisation o) {
        for (int i = 0; i < o.members().size(); i++) checkCountryRef(pathOf(o).member("members").index(i), o.members().get(i));
        checkCitations(o, "sources", o.sources(), !o.members().isEmpty());
    }

    private void checkAction(SupportAction a) {
        if (a.country() != null) checkCountryRef(a, "country", a.country());
        if (a.organisation() != null && dataset.organisation(a.organisation()).isEmpty()) {
            error(a, "organisation", "unknown organisation \"" + a.organisation() + "\"");
        }
        if (a.assembly() != null) checkAssemblyRef(a, "assembly", a.assembly());
        checkCitations(a, "sources", a.sources(), true);
    }

    private void checkTally(Tally t) {
        checkAssemblyRef(t, "assembly", t.assembly());
        if (dataset.measure(t.measure()).isEmpty()) error(t, "measure", "unknown measure \"" + t.measure() + "\"");
        checkCitations(t, "sources", t.sources(), true);
    }

    private void checkOneFinalTallyPerMeasure() {
        Map<String, Tally> finals = new HashMap<>();
        for (Tally t : dataset.tallies()) {
            if (t.interim()) continue;
            Tally other = finals.putIfAbsent(t.assembly() + "\u0000" + t.measure(), t);
            if (other != null) {
                error(t, null, "tallies \"" + other.id() + "\" and \"" + t.id() + "\" both give the final \""
                        + t.measure() + "\" for " + t.assembly() + "; mark the superseded one \"interim\": true");
            }
        }
    }

    private void checkFact(Fact f) {
        if (f.assembly() != null) checkAssemblyRef(f, "assembly", f.assembly());
        for (int i = 0; i < f.countries().size(); i++) {
            checkCountryRef(pathOf(f).member("countries").index(i), f.countries().get(i));
        }
        checkCitations(f, "sources", f.sources(), true);
    }

    private void checkTalkingPoint(TalkingPoint t) {
        JsonPath suitsPath = pathOf(t).member("suits").member("countries");
        for (int i = 0; i < t.suits().countries().size(); i++) {
            checkCountryRef(suitsPath.index(i), t.suits().countries().get(i));
        }
        for (int i = 0; i < t.facts().size(); i++) {
            if (dataset.fact(t.facts().get(i)).isEmpty()) {
                error(pathOf(t).member("facts").index(i), "unknown fact \"" + t.facts().get(i) + "\"");
            }
        }
        checkCitations(t, "sources", t.sources(), true);
    }

    private void checkCitations(Object record, String field, List<String> sourceIds, boolean required) {
        if (sourceIds.isEmpty()) {
            if (required) error(record, field, "this record states something but cites no source");
            return;
        }
        for (int i = 0; i < sourceIds.size(); i++) {
            String id = sourceIds.get(i);
            citedSources.add(id);
            if (dataset.source(id).isEmpty()) {
                error(pathOf(record).member(field).index(i), "unknown source \"" + id + "\"");
            }
        }
    }

    private void checkEverySourceCited() {
        for (Source s : dataset.sources()) {
            if (!citedSources.contains(s.id())) warning(s, null, "source \"" + s.id() + "\" is not cited by any record");
        }
    }

    private void checkCountryRef(Object record, String field, String code) {
        checkCountryRef(pathOf(record).member(field), code);
    }

    private void checkCountryRef(JsonPath path, String code) {
        if (dataset.country(code).isEmpty()) error(path, "unknown country code \"" + code + "\"");
    }

    private void checkAssemblyRef(Object record, String field, String id) {
        if (dataset.assembly(id).isEmpty()) error(record, field, "unknown assembly \"" + id + "\"");
    }

    private JsonPath pathOf(Object record) {
        return paths.getOrDefault(record, JsonPath.ROOT);
    }

    private void error(Object record, String field, String message) {
        JsonPath path = field == null ? pathOf(record) : pathOf(record).member(field);
        error(path, message);
    }

    private void error(JsonPath path, String message) {
        problems.addUnplaced(Severity.ERROR, path, message);
    }

    private void warning(Object record, String field, String message) {
        JsonPath path = field == null ? pathOf(record) : pathOf(record).member(field);
        problems.addUnplaced(Severity.WARNING, path, message);
    }
}
