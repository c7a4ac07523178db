package org.attache.core.data;

import org.attache.core.data.json.JsonPath;

/** Where a problem is: the file, a line and column (0 when unknown) and a JSON path (null when none). */
public record Location(String file, int line, int column, JsonPath path) {

    public static Location ofFile(String file) {
        return new Location(file, 0, 0, null);
    }

    /** "line 12, column 7 ($.actions[3].sources[0])" for a sentence, or "" when nothing is known beyond the file. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (line > 0) {
            sb.append("line ").append(line);
            if (column > 0) sb.append(", column ").append(column);
        }
        if (path != null && !path.toString().equals("$")) {
            String shown = Printable.escaped(path.toString());
            sb.append(sb.isEmpty() ? "at " + shown : " (" + shown + ")");
        }
        return sb.toString();
    }

    /** "campaign.json:12:7 at $.actions[3].sources[0]". */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file == null ? "<input>" : Printable.escaped(file));
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) sb.append(':').append(column);
        }
        if (path != null) sb.append(" at ").append(Printable.escaped(path.toString()));
        return sb.toString();
    }
}
