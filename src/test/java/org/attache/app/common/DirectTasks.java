package org.attache.app.common;

/** A task runner for tests: runs the work at once, on the caller's thread, and hands on its outcome. */
public final class DirectTasks {
    public static final TaskRunner DIRECT = TaskRunner.DIRECT;

    private DirectTasks() {
    }
}
