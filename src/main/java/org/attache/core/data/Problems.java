package org.attache.core.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.core.data.json.JsonPath;
import org.attache.core.data.json.JsonValue;
import org.attache.core.data.json.TextPosition;

/** Collects the problems found in one file, placing each at a line, column and JSON path. */
public final class Problems {
    /** Beyond this many, further problems are counted but not kept, so a hostile file cannot exhaust memory. */
    static final int MAX_KEPT = 1000;

    private final String file;
    private final List<Problem> kept = new ArrayList<>();
    /** Indexes into {@code kept} of problems whose line and column are still to be looked up by path. */
    private final List<Integer> unplaced = new ArrayList<>();
    private int errors;
    private int warnings;

    public Problems(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void error(JsonValue at, JsonPath path, String message) {
        add(Severity.ERROR, at == null ? null : at.position(), path, message);
    }

    public void warning(JsonValue at, JsonPath path, String message) {
        add(Severity.WARNING, at == null ? null : at.position(), path, message);
    }

    public void add(Severity severity, TextPosition position, JsonPath path, String message) {
        if (severity == Severity.ERROR) errors++;
        else warnings++;
        if (kept.size() < MAX_KEPT) {
            int line = position == null ? 0 : position.line();
            int column = position == null ? 0 : position.column();
            kept.add(new Problem(severity, new Location(file, line, column, path), message));
        } else if (kept.size() == MAX_KEPT) {
            kept.add(new Problem(Severity.WARNING, Location.ofFile(file),
                    "more problems were found; only the first " + MAX_KEPT + " are listed"));
        }
    }

    /**
     * A problem found once the records are known, when the text is no longer at hand: its line and column are
     * looked up from its path afterwards, by {@link #place}.
     */
    public void addUnplaced(Severity severity, JsonPath path, String message) {
        if (kept.size() < MAX_KEPT) unplaced.add(kept.size());
        add(severity, null, path, message);
    }

    /** The paths of problems still without a line and column. */
    public Set<JsonPath> unplacedPaths() {
        Set<JsonPath> paths = new HashSet<>();
        for (int i : unplaced) paths.add(kept.get(i).location().path());
        return paths;
    }

    /** Gives the unplaced problems the positions found for their paths. */
    public void place(Map<JsonPath, TextPosition> positions) {
        for (int i : unplaced) {
            Problem p = kept.get(i);
            TextPosition at = positions.get(p.location().path());
            if (at != null) {
                kept.set(i, new Problem(p.severity(), new Location(file, at.line(), at.column(), p.location().path()),
                        p.message()));
            }
        }
        unplaced.clear();
    }

    public int errorCount() {
        return errors;
    }

    public int warningCount() {
        return warnings;
    }

    public List<Problem> list() {
        return List.copyOf(kept);
    }
}
