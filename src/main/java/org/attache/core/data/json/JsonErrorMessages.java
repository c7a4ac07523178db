package org.attache.core.data.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the JSON library's error messages into sentences a desk officer can act on. */
final class JsonErrorMessages {
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '([^']{0,40})");

    private JsonErrorMessages() {
    }

    static String plain(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String lower = original.toLowerCase(Locale.ROOT);
        if (e instanceof StreamConstraintsException) {
            if (lower.contains("nesting depth")) {
                return "the data is nested more than " + JsonTreeParser.MAX_DEPTH + " levels deep";
            }
            if (lower.contains("string value length")) {
                return "a text value is longer than " + String.format(Locale.ROOT, "%,d", JsonTreeParser.MAX_STRING_LENGTH)
                        + " characters";
            }
            if (lower.contains("name length")) {
                return "a field name is longer than " + JsonTreeParser.MAX_NAME_LENGTH + " characters";
            }
            if (lower.contains("number value length")) {
                return "a number has more than " + JsonTreeParser.MAX_NUMBER_LENGTH + " digits";
            }
            if (lower.contains("document length")) {
                return "the file is larger than " + JsonTreeParser.MAX_DOCUMENT_LENGTH / (1024 * 1024) + " MB";
            }
            return "the file breaks a safety limit: " + firstLine(original);
        }
        if (lower.contains("invalid utf-8") || lower.contains("invalid utf8")) {
            return "the file is not valid text in UTF-8 (" + firstLine(original) + ")";
        }
        if (lower.contains("non-standard token")) {
            return "NaN and Infinity are not numbers JSON allows; write a number or leave the field out";
        }
        if (lower.contains("unexpected end-of-input")) {
            return "the file ends too early: a list, object or text is not closed (is it truncated?)";
        }
        if (lower.contains("(non-standard) comment")) {
            return "this is not valid JSON here: comments are not allowed in JSON";
        }
        if (lower.contains("illegal unquoted character")) {
            return "this is not valid JSON here: a line break or control character inside a text must be escaped"
                    + " (write \\n for a line break)";
        }
        if (lower.contains("ctrl-char")) {
            return "this is not valid JSON here: the file holds a control character JSON does not allow"
                    + " (is it really a JSON dataset?)";
        }
        if (lower.contains("double-quote to start field name")) {
            return "this is not valid JSON here: expected a field name in double quotes"
                    + " (a comma too many, or single quotes?)";
        }
        if (lower.contains("expecting comma to separate object entries")) {
            return "this is not valid JSON here: a comma is missing before this field";
        }
        if (lower.contains("expecting comma to separate array entries")) {
            return "this is not valid JSON here: a comma is missing between two entries of a list";
        }
        Matcher token = UNRECOGNIZED_TOKEN.matcher(original);
        if (token.find()) {
            return "this is not valid JSON here: '" + token.group(1) + "' is neither text in double quotes, a number,"
                    + " true, false, null, a list nor an object";
        }
        if (lower.contains("unexpected character")) {
            return "this is not valid JSON here: " + firstLine(original);
        }
        return "the JSON is malformed: " + firstLine(original);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
