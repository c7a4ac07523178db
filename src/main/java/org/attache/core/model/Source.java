package org.attache.core.model;

/**
 * Where a fact comes from: a seed document, a web page, an official document or the user. When
 * {@code titleIsDescription} is set, the title is our description of a document whose headline is not recorded.
 * {@code inForce} marks a text still in force, such as INTERPOL's Constitution as amended: its date is when it was
 * adopted, not how current it is, so it never grows old.
 */
public record Source(String id, String title, String publisher, String author, PartialDate date, String url,
                     String seed, String language, SourceKind kind, PublisherType publisherType,
                     boolean titleIsDescription, String note, boolean inForce) {
    /** How a dataset writes a publisher it does not know. */
    public static final String PUBLISHER_NOT_RECORDED = "Not recorded";

    public Source {
        Lists.required(id, "id");
        Lists.required(title, "title");
        Lists.required(publisher, "publisher");
        if (kind == null) kind = seed != null ? SourceKind.SEED : SourceKind.WEB;
        if (publisherType == null) publisherType = PublisherType.OTHER;
    }

    /** A source that is not a text in force. */
    public Source(String id, String title, String publisher, String author, PartialDate date, String url, String seed,
                  String language, SourceKind kind, PublisherType publisherType, boolean titleIsDescription, String note) {
        this(id, title, publisher, author, date, url, seed, language, kind, publisherType, titleIsDescription, note, false);
    }

    public boolean publisherKnown() {
        return !PUBLISHER_NOT_RECORDED.equalsIgnoreCase(publisher.strip());
    }

    /**
     * A one-line citation: author, "title", publisher, date. A described title is set in square brackets, as
     * catalogues do for titles they supply, so it never reads as a headline.
     */
    public String citation() {
        StringBuilder sb = new StringBuilder();
        if (author != null) sb.append(author).append(", ");
        sb.append(titleIsDescription ? "[" + title + "]" : "\u201c" + title + "\u201d");
        if (publisherKnown()) sb.append(", ").append(publisher);
        else sb.append(", publisher not recorded");
        if (date != null) sb.append(", ").append(date);
        return sb.toString();
    }
}
