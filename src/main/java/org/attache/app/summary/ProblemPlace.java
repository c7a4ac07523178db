package org.attache.app.summary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.app.common.UiText;
import org.attache.core.data.Problem;

/** The lines of a file around a problem, numbered, with the problem's own line marked, for showing its place. */
final class ProblemPlace {
    static final int CONTEXT = 4;

    private ProblemPlace() {
    }

    /** The excerpt, or an explanation of why the place cannot be shown. */
    static String excerpt(Problem problem) {
        int line = problem.location().line();
        if (line <= 0) return UiText.get("summary.place.wholeFile");
        Path file = Path.of(problem.location().file());
        if (!Files.isRegularFile(file)) return UiText.get("summary.place.notOnDisk", file.toString());
        List<String> out = new ArrayList<>();
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            int[] n = {0};
            lines.limit(line + CONTEXT).forEach(text -> {
                n[0]++;
                if (n[0] >= line - CONTEXT) {
                    String marker = n[0] == line ? "\u25b6 " : "  ";
                    out.add(String.format("%s%5d  %s", marker, n[0], text.length() > 200 ? text.substring(0, 200) + "\u2026" : text));
                    if (n[0] == line && problem.location().column() > 0) {
                        out.add(" ".repeat(9 + problem.location().column() - 1) + "^");
                    }
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return UiText.get("summary.place.unreadable", e.getMessage());
        }
        return String.join("\n", out);
    }
}
