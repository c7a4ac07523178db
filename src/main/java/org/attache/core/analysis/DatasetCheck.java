package org.attache.core.analysis;

import java.util.List;
import org.attache.core.model.Dataset;

/** A check run on every dataset read, beyond its structure: each finding becomes a warning at its record's place. */
@FunctionalInterface
public interface DatasetCheck {
    List<Finding> findings(Dataset dataset);
}
