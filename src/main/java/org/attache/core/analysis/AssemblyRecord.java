package org.attache.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.attache.core.model.ActionKind;
import org.attache.core.model.Assembly;
import org.attache.core.model.PartialDate;
import org.attache.core.model.SupportAction;

/**
 * What one country did for one assembly: the actions that count as its own, the records that are shown but not
 * counted (mentions by others, non-government actors, unconfirmed items), and what the dataset knows of the rest.
 */
public record AssemblyRecord(Assembly assembly, List<SupportAction> counted, List<SupportAction> notCounted,
                             Coverage coverage) {
    private static final Comparator<SupportAction> BY_DATE = Comparator.comparing(SupportAction::date,
            Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()));

    public AssemblyRecord {
        counted = counted.stream().sorted(BY_DATE).toList();
        notCounted = notCounted.stream().sorted(BY_DATE).toList();
    }

    /** Every record of the assembly, counted or not, in date order: what a table of the record lists. */
    public List<SupportAction> actions() {
        List<SupportAction> all = new ArrayList<>(counted);
        all.addAll(notCounted);
        all.sort(BY_DATE);
        return all;
    }

    public Map<ActionKind, Integer> countsByKind() {
        Map<ActionKind, Integer> counts = new EnumMap<>(ActionKind.class);
        for (SupportAction a : counted) counts.merge(a.kind(), 1, Integer::sum);
        return counts;
    }

    public int count(ActionKind kind) {
        return (int) counted.stream().filter(a -> a.kind() == kind).count();
    }

    /** The number of actions that count. */
    public int total() {
        return counted.size();
    }

    /** Whether anything at all is recorded for the assembly, counted or not. */
    public boolean hasRecords() {
        return !counted.isEmpty() || !notCounted.isEmpty();
    }
}
