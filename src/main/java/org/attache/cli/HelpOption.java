package org.attache.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} on every command: its usage on standard output. */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
