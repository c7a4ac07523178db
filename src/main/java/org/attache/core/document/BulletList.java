package org.attache.core.document;

import java.util.List;

/** A list of points, each a paragraph with its own citations. */
public record BulletList(List<Paragraph> items) implements Block {
    public BulletList {
        items = List.copyOf(items);
    }
}
