package org.attache.core.export;

import java.util.ArrayList;
import java.util.List;
import org.attache.core.pack.Pack;
import org.attache.core.pack.PackSection;

/**
 * The pack's own texts (the meeting, the handling line, the notes) checked before export as the dataset's are
 * when it is read: each one holding a character no bundled font can print is named, so that "[U+0928]" in a
 * printed brief is never a surprise.
 */
public final class UnprintablePackText {
    private UnprintablePackText() {
    }

    /** One warning per text that cannot be printed whole, naming its field ("meeting.purpose"). */
    public static List<String> of(Pack pack) {
        List<String> warnings = new ArrayList<>();
        if (pack.meeting() != null) {
            add(warnings, "meeting.counterpartName", pack.meeting().counterpartName());
            add(warnings, "meeting.counterpartTitle", pack.meeting().counterpartTitle());
            add(warnings, "meeting.place", pack.meeting().place());
            add(warnings, "meeting.purpose", pack.meeting().purpose());
        }
        if (pack.control() != null) {
            add(warnings, "control.preparedBy", pack.control().preparedBy());
            add(warnings, "control.reference", pack.control().reference());
            add(warnings, "control.handling", pack.control().handling());
        }
        add(warnings, "classification", pack.classification());
        add(warnings, "notes", pack.notes());
        for (int i = 0; i < pack.sections().size(); i++) {
            PackSection s = pack.sections().get(i);
            add(warnings, "sections[" + i + "].notes (" + s.kind().json() + ")", s.notes());
        }
        return warnings;
    }

    private static void add(List<String> warnings, String field, String text) {
        String problem = UnprintableText.problem(field, text);
        if (problem != null) warnings.add(problem);
    }
}
