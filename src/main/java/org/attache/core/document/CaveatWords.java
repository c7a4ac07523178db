package org.attache.core.document;

import java.util.List;
import org.attache.core.analysis.Caveat;
import org.attache.core.pack.BriefLanguage;

/** The short marks and legend lines of caveats in one language, for briefs and for the app's tables alike. */
public final class CaveatWords {
    private final BriefWords words;

    private CaveatWords(BriefWords words) {
        this.words = words;
    }

    public static CaveatWords of(BriefLanguage language) {
        return new CaveatWords(BriefWords.of(language));
    }

    static CaveatWords of(BriefWords words) {
        return new CaveatWords(words);
    }

    /** "reported by MOFA". */
    public String mark(Caveat caveat) {
        return words.get(caveat.key() + ".mark");
    }

    /** What the mark means, for a legend or a tooltip. */
    public String legend(Caveat caveat) {
        return words.get(caveat.key() + ".legend");
    }

    /** "reported by MOFA; INTERPOL not named", or "" when there is nothing to say. */
    public String marks(List<Caveat> caveats) {
        return String.join(words.get("punct.semicolon"), caveats.stream().distinct().map(this::mark).toList());
    }

    /** The text followed by its marks in brackets: "Voiced support. (reported by MOFA)". */
    public String marked(String text, List<Caveat> caveats) {
        return caveats.isEmpty() ? text : text + words.get("punct.marks", marks(caveats));
    }
}
