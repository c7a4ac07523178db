package org.attache.cli;

import java.util.List;
import org.attache.core.data.Printable;
import org.attache.core.edit.DatasetDiff;
import org.attache.core.edit.DiffEntry;
import org.attache.core.edit.DiffGroup;
import org.attache.core.edit.DiffGrouping;
import org.attache.core.edit.DiffReport;

/**
 * What {@code diff} prints: a heading per group, a line per record ("+ action act-1  Latvia: …", "~", "-"), each
 * changed field below it ("figure.value: 7 → 9"), and the count last. Values from the files are shown with their
 * control characters escaped, so that each stays on its line.
 */
final class DiffText {
    private static final String NONE = "(none)";

    private DiffText() {
    }

    static String of(DiffReport report, DiffGrouping by) {
        StringBuilder sb = new StringBuilder();
        for (DiffGroup group : report.groups(by)) {
            sb.append(heading(group, by)).append(System.lineSeparator());
            for (DiffEntry e : group.entries()) entry(sb, e);
            sb.append(System.lineSeparator());
        }
        return sb.append(report.summary()).append(System.lineSeparator()).toString();
    }

    /** "Latvia (LV)", "91st General Assembly, Vienna, 2023", "General", "No assembly". */
    private static String heading(DiffGroup group, DiffGrouping by) {
        String name = Printable.escaped(group.name());
        return group.isRest() || by == DiffGrouping.ASSEMBLY ? name : name + " (" + Printable.escaped(group.key()) + ")";
    }

    private static void entry(StringBuilder sb, DiffEntry e) {
        sb.append("  ").append(mark(e.status())).append(' ').append(e.kind().shortNoun()).append(' ')
                .append(Printable.escaped(e.id())).append("  ").append(Printable.escaped(e.description()))
                .append(System.lineSeparator());
        List<DatasetDiff.FieldChange> fields = e.difference().fields();
        for (DatasetDiff.FieldChange f : fields) {
            sb.append("      ").append(f.field()).append(": ").append(value(f.before())).append(" \u2192 ")
                    .append(value(f.after())).append(System.lineSeparator());
        }
    }

    private static char mark(DatasetDiff.Status status) {
        return switch (status) {
            case ADDED -> '+';
            case CHANGED -> '~';
            case REMOVED -> '-';
        };
    }

    private static String value(String text) {
        return text.isEmpty() ? NONE : Printable.escaped(text);
    }
}
