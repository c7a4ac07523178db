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
                       boolean contents, List<Block> blocks, PrintWords words, boolean numbered, Stamp stamp) {

    /**
     * What is stamped across every page: {@code draft} ("DRAFT") when the pack is a draft, and the recipient's
     * {@code mark} ("Lina Chen · 2026-11-23 · Copy 3") with its {@code footer} line; each empty when not stamped.
     */
    public record Stamp(String draft, String mark, String footer) {
        public static final Stamp NONE = new Stamp("", "", "");

        public Stamp {
            draft = draft == null ? "" : draft;
            mark = mark == null ? "" : mark;
            footer = footer == null ? "" : footer;
        }
    }

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
        if (stamp == null) stamp = Stamp.NONE;
    }

    public Document(String title, String subject, String author, String language, String classification,
                    String runningTitle, PaperSize paper, ZonedDateTime created, Cover cover, boolean contents,
                    List<Block> blocks, PrintWords words, boolean numbered) {
        this(title, subject, author, language, classification, runningTitle, paper, created, cover, contents, blocks,
                words, numbered, Stamp.NONE);
    }

    /** A document whose paragraphs are not numbered. */
    public Document(String title, String subject, String author, String language, String classification,
                    String runningTitle, PaperSize paper, ZonedDateTime created, Cover cover, boolean contents,
                    List<Block> blocks, PrintWords words) {
        this(title, subject, author, language, classification, runningTitle, paper, created, cover, contents, blocks,
                words, false, Stamp.NONE);
    }

    /** The level-1 headings, in order: the contents and the bookmarks. */
    public List<Heading> sections() {
        return blocks.stream().filter(b -> b instanceof Heading h && h.level() == 1).map(Heading.class::cast).toList();
    }
}
