package org.attache.cli;

/** A mistake in the command line itself, found while running a command; it exits with {@link Cli#USAGE}. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
