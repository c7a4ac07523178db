package org.attache.core.model;

/** Where a fact comes from: a seed document, a web page, an official document or the user. */
public record Source(String id, String title, String publisher, String author, PartialDate date, String url,
                     String seed, String language, SourceKind kind, String note) {
    public Source {
        Lists.required(id, "id");
        Lists.required(title, "title");
        Lists.required(publisher, "publisher");
        if (kind == null) kind = seed != null ? SourceKind.SEED : SourceKind.WEB;
    }

    /** A one-line citation: publisher, "title", date. */
    public String citation() {
        StringBuilder sb = new StringBuilder();
        if (author != null) sb.append(author).append(", ");
        sb.append('\u201c').append(title).append("\u201d, ").append(publisher);
        if (date != null) sb.append(", ").append(date);
        return sb.toString();
    }
}
