package org.attache.app.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.attache.app.common.Settings;
import org.attache.core.export.ExportOptions;
import org.junit.jupiter.api.Test;

/** The hand-out settings: what the next copy's options are, and the markings the user wrote kept for next time. */
class HandOutViewModelTest {

    @Test
    void blankNameAndPasswordGiveAnUnstampedUnlockedArchivalCopy() {
        HandOutViewModel model = new HandOutViewModel(Settings.inMemory());
        ExportOptions options = model.options();
        assertNull(options.recipient());
        assertNull(options.protection());
        assertTrue(options.archival());

        model.recipientProperty().set("  Lina   Chen ");
        model.copyProperty().set(4);
        model.passwordProperty().set("pw");
        model.copyingProperty().set(false);
        options = model.options();
        assertEquals("Lina Chen", options.recipient().name());
        assertEquals(4, options.recipient().copy());
        assertFalse(options.protection().copying());
        assertTrue(options.protection().printing());
        assertFalse(options.archival(), "a locked copy is not PDF/A");
    }

    @Test
    void oneNameALineGivesEachANumberedCopyFromTheCopyNumber() {
        HandOutViewModel model = new HandOutViewModel(Settings.inMemory());
        assertFalse(model.forSeveral());
        model.recipientProperty().set("Lina Chen\n\n  陳大文 \nJan Novak\n");
        model.copyProperty().set(5);
        model.passwordProperty().set("pw");
        assertTrue(model.forSeveral());
        List<ExportOptions> copies = model.copies();
        assertEquals(List.of("Lina Chen 5", "陳大文 6", "Jan Novak 7"),
                copies.stream().map(o -> o.recipient().name() + " " + o.recipient().copy()).toList());
        assertTrue(copies.stream().allMatch(o -> o.protection() != null), "each copy locked with the password");
    }

    @Test
    void aPasswordTooLongIsRefusedInWords() {
        HandOutViewModel model = new HandOutViewModel(Settings.inMemory());
        model.passwordProperty().set("x".repeat(200));
        assertTrue(model.refusal().contains("at most 127 bytes"), model.refusal());
    }

    @Test
    void aWrittenMarkingIsOfferedAgainInTheNextSessionAfterTheStandardOnes() {
        Settings settings = Settings.inMemory();
        HandOutViewModel first = new HandOutViewModel(settings);
        assertEquals(List.of("UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET"), first.markings());
        first.remember("restricted");
        first.remember("eyes of the minister");
        first.remember("Embassy only");
        first.remember("Eyes of the Minister");
        HandOutViewModel next = new HandOutViewModel(settings);
        assertEquals(List.of("UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET", "EYES OF THE MINISTER",
                "EMBASSY ONLY"), next.markings(), "the latest first, each once, standard ones not repeated");
    }
}
