package org.attache.core.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.attache.core.model.ActionKind;
import org.attache.core.model.Assembly;
import org.attache.core.model.SupportAction;

/** What one country did for one assembly: its actions, and how many of each kind. */
public record AssemblyRecord(Assembly assembly, List<SupportAction> actions) {
    public AssemblyRecord {
        actions = List.copyOf(actions);
    }

    public Map<ActionKind, Integer> countsByKind() {
        Map<ActionKind, Integer> counts = new EnumMap<>(ActionKind.class);
        for (SupportAction a : actions) counts.merge(a.kind(), 1, Integer::sum);
        return counts;
    }

    public int count(ActionKind kind) {
        return (int) actions.stream().filter(a -> a.kind() == kind).count();
    }

    public int total() {
        return actions.size();
    }
}
