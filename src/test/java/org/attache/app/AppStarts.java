package org.attache.app;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** For tests that drive the real window: the app shows its window at once and builds it a moment later. */
final class AppStarts {
    private AppStarts() {
    }

    static void awaitBuilt(AttacheApp app) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, app::isBuilt);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
