package org.attache.core.export;

import org.attache.core.model.Country;

/** Hears a batch's progress; called from the worker threads, so implementations must be thread-safe. */
public interface BatchListener {
    BatchListener NONE = new BatchListener() { };

    default void started(Country country) {
    }

    /** {@code done} of {@code total} countries have an outcome, this one included. */
    default void finished(BatchItem item, int done, int total) {
    }
}
