package org.attache.app.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work off the FX thread and hands the result back on it; tests substitute a direct runner. */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs the work at once on the caller's thread: for what must finish before the caller goes on. */
    TaskRunner DIRECT = new TaskRunner() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.call();
            } catch (Throwable t) {
                onFailure.accept(t);
                return;
            }
            onSuccess.accept(result);
        }
    };
}
