package org.attache.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.attache.core.data.DatasetLoad;
import org.attache.core.data.Location;
import org.attache.core.data.Problem;

/** What {@code validate --json} prints: one object on one line, a place not known given as null. */
final class ValidationJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ValidationJson() {
    }

    static String of(DatasetLoad load) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("file", load.file());
        root.put("valid", load.isValid());
        root.put("errors", load.errorCount());
        root.put("warnings", load.warningCount());
        ArrayNode problems = root.putArray("problems");
        for (Problem p : load.problems()) {
            Location at = p.location();
            ObjectNode problem = problems.addObject();
            problem.put("severity", p.severity().label());
            problem.put("message", p.message());
            if (at.line() > 0) problem.put("line", at.line());
            else problem.putNull("line");
            if (at.column() > 0) problem.put("column", at.column());
            else problem.putNull("column");
            problem.put("path", at.path() == null ? null : at.path().toString());
        }
        return root.toString();
    }
}
