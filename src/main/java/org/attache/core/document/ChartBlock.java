package org.attache.core.document;

import java.util.List;
import org.attache.core.chart.ChartSpec;

/** A chart, drawn as vectors, with the sources of its values. */
public record ChartBlock(ChartSpec chart, List<Integer> citations) implements Block {
    public ChartBlock {
        citations = List.copyOf(citations);
    }
}
