package org.attache.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Asks for a password: at a terminal without echoing what is typed; from a script, the first line of standard
 * input. Never from the command line's arguments, which other users of the machine can read.
 */
interface PasswordPrompt {
    /** The password typed, or null when none came. */
    String read(String message);

    /**
     * The terminal when there is one, else the next line of {@code in}, the message going to {@code err}. One reader
     * serves every question, so that a second one (a passphrase typed again) gets the second line.
     */
    static PasswordPrompt standard(InputStream in, PrintStream err) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return message -> {
            java.io.Console console = System.console();
            if (console != null) {
                char[] typed = console.readPassword("%s", message);
                return typed == null ? null : new String(typed);
            }
            err.print(message);
            err.flush();
            try {
                return lines.readLine();
            } catch (IOException e) {
                return null;
            }
        };
    }
}
