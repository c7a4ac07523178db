package org.attache.app.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** A task runner for tests: runs the work at once, on the caller's thread, and hands on its outcome. */
public final class DirectTasks implements TaskRunner {
    public static final TaskRunner DIRECT = new DirectTasks();

    private DirectTasks() {
    }

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
}
