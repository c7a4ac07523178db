package org.attache.core.data;

/** One thing wrong with a dataset, with where it is and a message a user understands. */
public record Problem(Severity severity, Location location, String message) {

    /** Whatever a message quotes from a file, it is shown with its control characters escaped. */
    public Problem {
        message = Printable.escaped(message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "campaign.json:12:7 at $.actions[3]: error: ..." */
    @Override
    public String toString() {
        return location + ": " + severity.label() + ": " + message;
    }
}
