package org.attache.core.document;

import java.time.ZonedDateTime;
import java.util.List;
import org.attache.core.pack.PaperSize;

/**
 * A composed brief, free of layout: cover, flow of blocks, and what the renderer needs to print it (marking,
 * paper, metadata). {@code cover} is null when the pack has no cover section. {@code numbered} numbers the text's
 * paragraphs and list items in the margin, so that a reader can point to "paragraph 12" in a meeting.
 */
public record Document(String title, String subject, String author, String language, String classification,
                       String runningTitle, PaperSize paper, ZonedDateTime created, Cover cover,
                       boolean contents, List<Block> blocks, PrintWords words, boolean numbered) {

    /**
     * The wording the renderer prints itself, in the brief's language: the contents' title, "Page {0} of {1}",
     * the footer, and the label before a chart's sources.
     */
    public record PrintWords(String contents, String pageOf, String footer, String chartSources) {
        public String page(int page, int total) {
            return java.text.MessageFormat.format(pageOf, page, total);
        }
    }

    public Document {
        blocks = List.copyOf(blocks);
    }

    /** A document whose paragraphs are not numbered. */
    public Document(String title, String subject, String author, String language, String classification,
                    String runningTitle, PaperSize paper, ZonedDateTime created, Cover cover, boolean contents,
                    List<Block> blocks, PrintWords words) {
        this(title, subject, author, language, classification, runningTitle, paper, created, cover, contents, blocks,
                words, false);
    }

    /** The level-1 headings, in order: the contents and the bookmarks. */
    public List<Heading> sections() {
        return blocks.stream().filter(b -> b instanceof Heading h && h.level() == 1).map(Heading.class::cast).toList();
    }
}
