package org.attache.core.document;

import java.util.List;
import org.attache.core.chart.ChartSpec;

/** A chart, drawn as vectors, with a caption (what it counts, its caveats) and the sources of its values. */
public record ChartBlock(ChartSpec chart, String caption, List<Integer> citations) implements Block {
    public ChartBlock {
        caption = caption == null ? "" : caption.strip();
        citations = List.copyOf(citations);
    }
}
