package org.attache.core.pack;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.attache.core.data.Problems;
import org.attache.core.data.json.JsonPath;
import org.attache.core.data.json.JsonValue;
import org.attache.core.data.json.JsonValue.JsonArray;
import org.attache.core.data.json.JsonValue.JsonBoolean;
import org.attache.core.data.json.JsonValue.JsonNull;
import org.attache.core.data.json.JsonValue.JsonNumber;
import org.attache.core.data.json.JsonValue.JsonObject;
import org.attache.core.data.json.JsonValue.JsonString;
import org.attache.core.data.json.TextPosition;
import org.attache.core.model.JsonEnum;

/**
 * Reads the parsed tree of a pack file into a {@link Pack}, reporting every problem at its line, column and
 * JSON path; the file format is described on {@link PackFile}.
 */
final class PackFileReader {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private PackFileReader() {
    }

    /** The pack the tree describes, or null when any error was reported to {@code problems}. */
    static Pack read(JsonValue root, Problems problems) {
        return new Reader(problems).pack(root);
    }

    /** Turns a parsed tree into a pack, reporting everything wrong on the way. */
    private static final class Reader {
        private final Problems problems;

        Reader(Problems problems) {
            this.problems = problems;
        }

        Pack pack(JsonValue root) {
            if (!(root instanceof JsonObject object)) {
                problems.error(root, JsonPath.ROOT,
                        "a pack file holds one object in braces { }, not " + root.describe());
                return null;
            }
            Fields fields = new Fields(object, JsonPath.ROOT, problems);
            if (!formatIsReadable(fields)) return null;

            String country = fields.string("country", true);
            Template template = fields.enumValue("template", Template.class, false);
            Meeting meeting = meeting(fields.object("meeting"));
            DocumentControl control = control(fields.object("control"));
            String classification = fields.string("classification", false);
            if (classification != null
                    && Classification.normalise(classification).length() > Classification.MAX_LENGTH) {
                fields.error("classification", "the marking in \"classification\" is "
                        + Classification.normalise(classification).length() + " characters long; at most "
                        + Classification.MAX_LENGTH + " fit at the head of a page");
            }
            PaperSize paper = fields.enumValue("paper", PaperSize.class, false);
            BriefLanguage language = fields.enumValue("language", BriefLanguage.class, false);
            boolean numbered = fields.bool("numberedParagraphs", false);
            boolean flagStale = fields.bool("flagStaleFacts", false);
            Integer staleSourceAge = fields.integer("staleSourceAge", false);
            if (staleSourceAge != null && (staleSourceAge < 1 || staleSourceAge > Pack.MOST_STALE_SOURCE_AGE)) {
                fields.error("staleSourceAge", "\"staleSourceAge\" is " + staleSourceAge + "; a source is flagged as "
                        + "old after 1 to " + Pack.MOST_STALE_SOURCE_AGE + " years");
            }
            String notes = fields.string("notes", false);
            List<PackSection> sections = sections(fields, template == null ? Template.MINISTERIAL : template);
            DatasetRef dataset = dataset(fields.object("dataset"));
            fields.warnUnknownFields();

            if (problems.errorCount() > 0) return null;
            try {
                return new Pack(country, meeting, template, sections, notes, classification, paper, language,
                        dataset, control, numbered, flagStale, staleSourceAge == null ? 0 : staleSourceAge);
            } catch (IllegalArgumentException e) {
                problems.error(object, JsonPath.ROOT, "the pack cannot be opened: " + e.getMessage());
                return null;
            }
        }

        /** Whether the file says it is a pack of a format this version reads; reports why not. */
        private boolean formatIsReadable(Fields fields) {
            JsonValue format = fields.value("format");
            if (format == null) {
                if (fields.object().members().containsKey("schemaVersion")) {
                    problems.error(fields.object(), JsonPath.ROOT,
                            "this is a dataset file, not a briefing pack: open it as a dataset instead");
                } else {
                    problems.error(fields.object(), JsonPath.ROOT, "this is not an Attaché pack file: it has no "
                            + "\"format\": \"" + PackFile.FORMAT + "\" field");
                }
                return false;
            }
            if (!(format instanceof JsonString text) || !text.value().equals(PackFile.FORMAT)) {
                problems.error(format, JsonPath.ROOT.member("format"), "this is not an Attaché pack file: "
                        + "\"format\" is " + format.describe() + ", not \"" + PackFile.FORMAT + "\"");
                return false;
            }
            Integer version = fields.integer("formatVersion", true);
            if (version == null) return true; // reported; read on to report the rest
            if (version > Pack.FORMAT_VERSION) {
                fields.error("formatVersion", "this pack was saved by a newer version of Attaché (pack format "
                        + version + "); this version reads pack format " + Pack.FORMAT_VERSION
                        + ", so open it with a newer Attaché");
                return false;
            }
            if (version < 1) {
                fields.error("formatVersion", "\"formatVersion\" is " + version + "; pack formats are numbered from 1");
            }
            return true;
        }

        private Meeting meeting(Fields fields) {
            if (fields == null) return Meeting.EMPTY;
            LocalDate date = date(fields, "date");
            Meeting meeting = new Meeting(date, fields.string("counterpartName", false),
                    fields.string("counterpartTitle", false), fields.string("place", false),
                    fields.string("purpose", false));
            fields.warnUnknownFields();
            return meeting;
        }

        private DocumentControl control(Fields fields) {
            if (fields == null) return DocumentControl.EMPTY;
            String preparedBy = limited(fields, "preparedBy");
            String reference = limited(fields, "reference");
            String handling = limited(fields, "handling");
            String caveat = fields.string("caveat", false);
            if (caveat != null && caveat.strip().length() > Classification.MAX_LENGTH) {
                fields.error("caveat", "\"caveat\" is " + caveat.strip().length() + " characters long; at most "
                        + Classification.MAX_LENGTH + " fit beside the marking");
                caveat = null;
            }
            boolean draft = fields.bool("draft", false);
            Integer version = fields.integer("version", false);
            if (version != null && (version < 1 || version > DocumentControl.MAX_VERSION)) {
                fields.error("version", "\"version\" is " + version + "; a version is a number from 1 to "
                        + DocumentControl.MAX_VERSION);
                version = null;
            }
            fields.warnUnknownFields();
            return new DocumentControl(preparedBy, reference, version == null ? 1 : version, handling, caveat, draft);
        }

        /** A cover line's text, reported when it is longer than a cover line holds. */
        private String limited(Fields fields, String name) {
            String text = fields.string(name, false);
            if (text != null && text.strip().length() > DocumentControl.MAX_LENGTH) {
                fields.error(name, "\"" + name + "\" is " + text.strip().length() + " characters long; at most "
                        + DocumentControl.MAX_LENGTH + " fit on the cover");
            }
            return text;
        }

        private LocalDate date(Fields fields, String name) {
            String text = fields.string(name, false);
            if (text == null || text.isBlank()) return null;
            try {
                return LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                if (DATE_SHAPE.matcher(text.strip()).matches()) {
                    fields.error(name, "\"" + name + "\" is \"" + text + "\", which is not a day of the calendar");
                } else {
                    fields.error(name, "\"" + name + "\" is \"" + text
                            + "\"; write the date as year-month-day, like 2026-11-24");
                }
                return null;
            }
        }

        private List<PackSection> sections(Fields fields, Template template) {
            JsonArray array = fields.array("sections");
            if (array == null) return template.sections();
            JsonPath listPath = fields.path().member("sections");
            List<PackSection> sections = new ArrayList<>();
            Map<SectionKind, JsonValue> seen = new EnumMap<>(SectionKind.class);
            for (int i = 0; i < array.elements().size(); i++) {
                JsonValue element = array.elements().get(i);
                JsonPath path = listPath.index(i);
                if (!(element instanceof JsonObject object)) {
                    problems.error(element, path, "each entry of \"sections\" should be an object with a \"kind\", not "
                            + element.describe());
                    continue;
                }
                Fields section = new Fields(object, path, problems);
                SectionKind kind = section.enumValue("kind", SectionKind.class, true);
                boolean included = section.bool("included", true);
                String notes = section.string("notes", false);
                Map<String, String> options = options(section, kind);
                section.warnUnknownFields();
                if (kind == null) continue;
                JsonValue first = seen.putIfAbsent(kind, object);
                if (first != null) {
                    problems.error(object.members().get("kind"), path.member("kind"), "the section \"" + kind.json()
                            + "\" is listed twice; it is first listed at " + where(first, object));
                    continue;
                }
                sections.add(new PackSection(kind, included, notes, options));
            }
            for (SectionKind kind : SectionKind.values()) {
                if (!seen.containsKey(kind)) sections.add(PackSection.of(kind, false));
            }
            return sections;
        }

        private Map<String, String> options(Fields section, SectionKind kind) {
            Fields fields = section.object("options");
            if (fields == null) return Map.of();
            Map<String, String> options = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> member : fields.object().members().entrySet()) {
                String key = member.getKey();
                JsonValue value = member.getValue();
                JsonPath path = fields.path().member(key);
                if (value instanceof JsonNull) continue;
                if (!(value instanceof JsonString text)) {
                    problems.error(value, path, "the option \"" + key + "\" should be text, not " + value.describe());
                    continue;
                }
                if (kind == null) continue;
                SectionOption option = kind.options().stream().filter(o -> o.key().equals(key)).findFirst()
                        .orElse(null);
                if (option == null) {
                    problems.warning(value, path, "the section \"" + kind.json() + "\" has no option \"" + key
                            + "\"; it is ignored");
                    continue;
                }
                if (!option.allows(text.value())) {
                    problems.error(value, path, "the option \"" + key + "\" is \"" + text.value() + "\"; expected "
                            + either(option.choices()));
                    continue;
                }
                options.put(key, text.value());
            }
            return options;
        }

        private DatasetRef dataset(Fields fields) {
            if (fields == null) return null;
            String file = fields.string("file", true);
            String sha256 = fields.string("sha256", true);
            if (sha256 != null && !SHA256.matcher(sha256).matches()) {
                fields.error("sha256", "\"sha256\" should be 64 hexadecimal digits (0-9 and a-f), not "
                        + fields.object().members().get("sha256").describe());
                sha256 = null;
            }
            String title = fields.string("title", false);
            String updated = fields.string("updated", false);
            if (updated != null && !PARTIAL_DATE.matcher(updated).matches()) {
                fields.error("updated", "\"updated\" should be a date like 2026, 2026-11 or 2026-11-23, not "
                        + fields.object().members().get("updated").describe());
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            Fields countFields = fields.object("recordCounts");
            if (countFields != null) {
                for (Map.Entry<String, JsonValue> member : countFields.object().members().entrySet()) {
                    JsonValue value = member.getValue();
                    Integer count = wholeNumber(value);
                    if (count == null || count < 0) {
                        problems.error(value, countFields.path().member(member.getKey()), "each count in "
                                + "\"recordCounts\" should be a whole number of 0 or more, not " + value.describe());
                    } else {
                        counts.put(member.getKey(), count);
                    }
                }
            }
            Integer countryActions = fields.integer("countryActions", false);
            if (countryActions != null && countryActions < 0) {
                fields.error("countryActions", "\"countryActions\" should be 0 or more, not " + countryActions);
            }
            String snapshot = fields.string("snapshot", false);
            fields.warnUnknownFields();
            if (file == null || sha256 == null) return null;
            return new DatasetRef(file, sha256.toLowerCase(Locale.ROOT), title, updated, counts,
                    countryActions == null ? 0 : countryActions, snapshot);
        }
    }

    /** "line 6", or "line 1, column 40" when both values are on the same line. */
    private static String where(JsonValue first, JsonValue second) {
        TextPosition at = first.position();
        if (at.line() != second.position().line()) return "line " + at.line();
        return "line " + at.line() + ", column " + at.column();
    }

    /** "a, b or c", for messages. */
    private static String either(List<String> choices) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < choices.size(); i++) {
            if (i > 0) sb.append(i == choices.size() - 1 ? " or " : ", ");
            sb.append(choices.get(i));
        }
        return sb.toString();
    }

    private static Integer wholeNumber(JsonValue value) {
        if (value instanceof JsonNumber n && n.integral() && Math.abs(n.value()) <= Integer.MAX_VALUE) {
            return (int) n.value();
        }
        return null;
    }

    /**
     * Typed access to the members of one JSON object. Mistyped and missing fields are reported with their
     * location; {@code null} counts as absent. Members never asked for are warned about.
     */
    private static final class Fields {
        private final JsonObject object;
        private final JsonPath path;
        private final Problems problems;
        private final Set<String> read = new HashSet<>();

        Fields(JsonObject object, JsonPath path, Problems problems) {
            this.object = object;
            this.path = path;
            this.problems = problems;
        }

        JsonObject object() {
            return object;
        }

        JsonPath path() {
            return path;
        }

        JsonValue value(String name) {
            read.add(name);
            JsonValue v = object.members().get(name);
            return v instanceof JsonNull ? null : v;
        }

        /** Reports an error at the named member. */
        void error(String name, String message) {
            problems.error(object.members().get(name), path.member(name), message);
        }

        private JsonValue present(String name, boolean required) {
            JsonValue v = value(name);
            if (v == null && required) {
                problems.error(object, path, "the required field \"" + name + "\" is missing");
            }
            return v;
        }

        private void wrongType(String name, JsonValue v, String expected) {
            problems.error(v, path.member(name), "\"" + name + "\" should be " + expected + ", not " + v.describe());
        }

        /** The text, or null when absent or mistyped; a required field must not be blank. */
        String string(String name, boolean required) {
            JsonValue v = present(name, required);
            if (v == null) return null;
            if (!(v instanceof JsonString s)) {
                wrongType(name, v, "text");
                return null;
            }
            if (required && s.value().isBlank()) {
                problems.error(v, path.member(name), "\"" + name + "\" is empty");
                return null;
            }
            return s.value();
        }

        Integer integer(String name, boolean required) {
            JsonValue v = present(name, required);
            if (v == null) return null;
            Integer n = wholeNumber(v);
            if (n == null) wrongType(name, v, "a whole number");
            return n;
        }

        boolean bool(String name, boolean defaultValue) {
            JsonValue v = present(name, false);
            if (v == null) return defaultValue;
            if (!(v instanceof JsonBoolean b)) {
                wrongType(name, v, "true or false");
                return defaultValue;
            }
            return b.value();
        }

        <E extends Enum<E> & JsonEnum> E enumValue(String name, Class<E> type, boolean required) {
            String text = string(name, required);
            if (text == null) return null;
            E e = JsonEnum.fromJson(type, text);
            if (e == null) {
                error(name, "\"" + name + "\" is \"" + text + "\"; expected " + JsonEnum.allowed(type));
            }
            return e;
        }

        Fields object(String name) {
            JsonValue v = present(name, false);
            if (v == null) return null;
            if (!(v instanceof JsonObject o)) {
                wrongType(name, v, "an object");
                return null;
            }
            return new Fields(o, path.member(name), problems);
        }

        JsonArray array(String name) {
            JsonValue v = present(name, false);
            if (v == null) return null;
            if (!(v instanceof JsonArray a)) {
                wrongType(name, v, "a list");
                return null;
            }
            return a;
        }

        void warnUnknownFields() {
            for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                if (!read.contains(member.getKey())) {
                    problems.warning(member.getValue(), path.member(member.getKey()),
                            "unknown field \"" + member.getKey() + "\" is ignored");
                }
            }
        }
    }
}
