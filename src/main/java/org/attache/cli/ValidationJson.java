package org.attache.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.attache.core.data.DatasetLoad;
import org.attache.core.data.Location;
import org.attache.core.data.Problem;
import org.attache.core.sign.Verification;

/** What {@code validate --json} prints: one object on one line, a place not known given as null. */
final class ValidationJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ValidationJson() {
    }

    /** With the dataset's signature, or null for "signature": null when the dataset's bytes could not be read. */
    static String of(DatasetLoad load, Verification signature) {
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
        if (signature == null) root.putNull("signature");
        else signature(root.putObject("signature"), signature);
        return root.toString();
    }

    /** "status" in lower case with dashes ("unknown-key"); "verified" only when a trusted key's signature holds. */
    private static void signature(ObjectNode json, Verification v) {
        json.put("status", v.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        json.put("verified", v.status() == Verification.Status.SIGNED);
        json.put("signer", v.signer());
        json.put("keyId", v.keyId());
        json.put("signedAt", v.signedAt() == null ? null : v.signedAt().toString());
        json.put("file", v.file());
        json.put("problem", v.problem());
        json.put("message", SignatureLine.of(v));
    }
}
