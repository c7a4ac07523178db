package org.attache.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How a mistake in the command line is told, on standard error: what is wrong, picocli's suggestion when a word
 * looks like a misspelt command or option, and where to read the usage. The run exits with {@link Cli#USAGE}.
 */
final class UsageErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        tell(command, message(e));
        UnmatchedArgumentException.printSuggestions(e, command.getErr());
        pointToHelp(command);
        return Cli.USAGE;
    }

    /** A command that finds a mistake while it runs throws {@link UsageException}; anything else is a bug. */
    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) throws Exception {
        if (!(e instanceof UsageException)) throw e;
        tell(command, e.getMessage());
        pointToHelp(command);
        return Cli.USAGE;
    }

    /** The parser's finding in the words the commands use for their own mistakes. */
    static String message(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            if (unmatched.isUnknownOption()) return "unknown option \"" + word + "\"";
            if (!e.getCommandLine().getSubcommands().isEmpty()) return "unknown command \"" + word + "\"";
            return "unexpected \"" + word + "\"";
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec arg = missing.getMissing().get(0);
            if (arg instanceof OptionSpec option) return option.longestName() + " needs a value";
            return e.getCommandLine().getCommandName() + " needs " + arg.paramLabel();
        }
        return e.getMessage();
    }

    private static void tell(CommandLine command, String message) {
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + message);
    }

    private static void pointToHelp(CommandLine command) {
        command.getErr().println("See \"" + command.getCommandSpec().qualifiedName() + " --help\".");
    }
}
