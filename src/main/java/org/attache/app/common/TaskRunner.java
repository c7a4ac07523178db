package org.attache.app.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work off the FX thread and hands the result back on it; tests substitute a direct runner. */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
