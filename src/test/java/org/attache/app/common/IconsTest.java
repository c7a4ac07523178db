package org.attache.app.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;
import org.kordamp.ikonli.IkonHandler;
import org.junit.jupiter.api.Test;

/** Every icon the app uses is in the bundled icon font: a name that is not would fail when its view is built. */
class IconsTest {
    @Test
    void everyIconIsInTheBundledFont() {
        for (Icons icon : Icons.values()) {
            boolean found = false;
            for (IkonHandler handler : ServiceLoader.load(IkonHandler.class)) {
                if (handler.supports(icon.literal())) {
                    handler.resolve(icon.literal());
                    found = true;
                }
            }
            assertTrue(found, icon + " (" + icon.literal() + ") is in the font");
        }
    }
}
