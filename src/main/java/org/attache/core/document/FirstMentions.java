package org.attache.core.document;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Which names a bilingual brief has already introduced, so that a country or organisation is given with its English
 * name in brackets where the brief first names it ("拉脫維亞（Latvia）") and plainly after that.
 */
final class FirstMentions {
    /** The bracketed form of each name introduced, by its key ("countries/LV"). */
    private final Map<String, String> introduced = new HashMap<>();
    private boolean paused;

    /** The name as shown, with its English in brackets the first time, when {@code bilingual} and they differ. */
    String introduce(String key, String shown, String english, boolean bilingual) {
        if (!bilingual || paused || shown.equals(english) || introduced.containsKey(key)) return shown;
        String bracketed = shown + "\uff08" + english + "\uff09";
        introduced.put(key, bracketed);
        return bracketed;
    }

    /**
     * Forgets the introductions among {@code args} that {@code text} does not print, as when a wording leaves out an
     * argument, so that the name is introduced where it is next printed.
     */
    void keepPrinted(String text, Object... args) {
        if (introduced.isEmpty()) return;
        for (Object arg : args) {
            if (!(arg instanceof String s) || text.contains(s)) continue;
            introduced.values().removeIf(s::contains);
        }
    }

    /** Runs {@code text} without introducing any name, for texts that say the English themselves (headings). */
    String withoutIntroducing(Supplier<String> text) {
        boolean was = paused;
        paused = true;
        try {
            return text.get();
        } finally {
            paused = was;
        }
    }
}
