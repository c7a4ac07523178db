package org.attache.app.home;

import java.text.Collator;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.attache.app.common.DataNames;
import org.attache.app.common.UiText;
import org.attache.app.editing.RecordFormViewModel;
import org.attache.core.edit.DatasetDiff;
import org.attache.core.edit.DiffEntry;
import org.attache.core.edit.DiffReport;
import org.attache.core.edit.RecordKind;
import org.attache.core.model.Dataset;

/**
 * What changed since a dataset file was last opened, in one line of the home screen: "Since you last opened
 * campaign.json (Nov 12, 2026): 3 new support actions for Japan, Latvia and Lithuania; 2 changed facts; 1 source
 * withdrawn." Records are counted by what happened to them and their kind, each count naming the countries concerned.
 */
final class ChangesText {
    /** How many countries a count names before "and 5 other countries". */
    static final int COUNTRIES_NAMED = 3;
    /** How many counts the line gives before the rest are told as one. */
    static final int COUNTS_TOLD = 4;

    private ChangesText() {
    }

    static String of(String fileName, Instant lastOpened, DiffReport report, ZoneId zone) {
        if (report.isEmpty()) return UiText.get("home.changes.none", fileName);
        return UiText.get("home.changes.sinceOpened", fileName, opened(lastOpened, zone), what(report));
    }

    /** "Nov 12, 2026": the day a version was opened, where the user is. */
    static String opened(Instant at, ZoneId zone) {
        return UiText.date(at.atZone(zone).toLocalDate());
    }

    /** "3 new support actions for Japan, Latvia and Lithuania; 2 changed facts; 1 source withdrawn". */
    private static String what(DiffReport report) {
        Map<String, List<DiffEntry>> byWhat = new LinkedHashMap<>();
        for (DatasetDiff.Status status : DatasetDiff.Status.values()) {
            for (RecordKind<?> kind : RecordKind.ALL) {
                List<DiffEntry> entries = report.entries().stream()
                        .filter(e -> e.status() == status && e.kind() == kind).toList();
                if (!entries.isEmpty()) byWhat.put(status + ":" + kind.listName(), entries);
            }
        }
        String line = null;
        int told = 0;
        int rest = 0;
        for (List<DiffEntry> entries : byWhat.values()) {
            if (told == COUNTS_TOLD) {
                rest += entries.size();
                continue;
            }
            String part = count(report, entries);
            line = line == null ? part : UiText.get("home.changes.part", line, part);
            told++;
        }
        if (rest > 0) {
            String more = rest == 1 ? UiText.get("home.changes.rest.one")
                    : UiText.get("home.changes.rest", String.valueOf(rest));
            line = UiText.get("home.changes.part", line, more);
        }
        return line;
    }

    /** "3 new support actions for Japan, Latvia and Lithuania": entries of one kind that met the same fate. */
    private static String count(DiffReport report, List<DiffEntry> entries) {
        DiffEntry first = entries.get(0);
        int n = entries.size();
        String words = n == 1 ? RecordFormViewModel.noun(first.kind()) : RecordFormViewModel.nouns(first.kind());
        String key = switch (first.status()) {
            case ADDED -> "home.changes.added";
            case CHANGED -> "home.changes.changed";
            case REMOVED -> "home.changes.removed";
        };
        String counted = UiText.get(key, String.valueOf(n), words);
        Set<String> codes = new TreeSet<>();
        for (DiffEntry e : entries) codes.addAll(e.countries());
        if (codes.isEmpty()) return counted;
        return UiText.get("home.changes.for", counted, countries(report, codes));
    }

    /** "Japan, Latvia and Lithuania", "Estonia, Japan, Latvia and 2 other countries": by name in the app's language. */
    static String countries(DiffReport report, Set<String> codes) {
        Collator collator = Collator.getInstance(UiText.locale());
        List<String> names = new ArrayList<>(codes.stream().map(code -> name(report, code)).toList());
        names.sort(collator);
        List<String> named = names.subList(0, Math.min(COUNTRIES_NAMED, names.size()));
        int others = names.size() - named.size();
        String list = named.get(0);
        for (int i = 1; i < named.size(); i++) {
            boolean last = i == named.size() - 1 && others == 0;
            list = UiText.get(last ? "home.changes.list.last" : "home.changes.list.next", list, named.get(i));
        }
        if (others == 1) return UiText.get("home.changes.list.other", list);
        if (others > 1) return UiText.get("home.changes.list.others", list, String.valueOf(others));
        return list;
    }

    /** A country's name as the newer version gives it (the older one's for a country since removed), else its code. */
    private static String name(DiffReport report, String code) {
        Dataset newer = report.diff().after();
        Dataset older = report.diff().before();
        return newer.country(code).map(c -> DataNames.country(newer, c))
                .or(() -> older.country(code).map(c -> DataNames.country(older, c))).orElse(code);
    }
}
