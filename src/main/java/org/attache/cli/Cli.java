package org.attache.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.attache.core.Version;
import org.attache.core.sign.PrivateKeyFile;
import org.attache.core.sign.TrustedKeys;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The command line: headless commands over the same core the desktop app uses, and the way to the window. */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Window window;
    private final TrustedKeys trusted;

    public Cli(PrintStream out, PrintStream err) {
        this(out, err, System.getenv());
    }

    /** A command line that reads {@code env} as its environment (for SOURCE_DATE_EPOCH), with no window to open. */
    public Cli(PrintStream out, PrintStream err, Map<String, String> env) {
        this(out, err, env, files -> {
            err.println("attache: this run cannot open the window");
            return FAILED;
        });
    }

    /** A command line that opens {@code window} when asked to (no arguments, or {@code open FILE}). */
    public Cli(PrintStream out, PrintStream err, Map<String, String> env, Window window) {
        this(out, err, env, window, TrustedKeys.standard());
    }

    /** A command line that believes the signatures of {@code trusted} keys and adds keys to their folder. */
    public Cli(PrintStream out, PrintStream err, Map<String, String> env, Window window, TrustedKeys trusted) {
        this.out = out;
        this.err = err;
        this.env = Map.copyOf(env);
        this.window = window;
        this.trusted = trusted;
    }

    /** "Attaché 0.1.0": what {@code --version} and {@code version} print. */
    static String versionLine() {
        return "Attaché " + Version.current();
    }

    /** Runs a command; running out of memory is a message with what to do, never a stack trace. */
    public int run(String... args) {
        try {
            CommandLine cli = commandLine(args.length > 0 ? args[0] : null);
            return cli.execute(asDesktopOpensFiles(cli, args));
        } catch (OutOfMemoryError e) {
            err.println("attache: the work needs more memory than the " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB this run may use (is the dataset very large?); run it again with more memory, as in "
                    + "java -Xmx2g -jar attache.jar " + String.join(" ", args));
            return FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The command tree, built for each run so that no option's value is left over from the last. When the first
     * word names a command, only that command is built: each one's definitions are read by reflection, which a
     * short run such as an export should not spend its time on. Help, completion and mistakes get the whole tree.
     */
    CommandLine commandLine(String first) {
        Map<String, Supplier<Object>> commands = commands();
        boolean one = first != null && commands.containsKey(first) && !first.equals("help") && !first.equals("completion");
        CommandLine cli = new CommandLine(new AttacheCommand(window));
        commands.forEach((name, command) -> {
            if (!one || name.equals(first)) cli.addSubcommand(name, command.get());
        });
        if (!one) describeCompletion(cli);
        UsageErrors usageErrors = new UsageErrors();
        return cli.setOut(writer(out))
                .setErr(writer(err))
                // an argument starting with @ is a value (a caveat, a name), never a file of more arguments
                .setExpandAtFiles(false)
                // an option given twice takes its last value, so a script's defaults can be overridden after them
                .setOverwrittenOptionsAllowed(true)
                .setParameterExceptionHandler(usageErrors)
                .setExecutionExceptionHandler(usageErrors);
    }

    /** The whole command tree. */
    CommandLine commandLine() {
        return commandLine(null);
    }

    /** Every command by name, in the order help lists them, made when asked for. */
    private Map<String, Supplier<Object>> commands() {
        PasswordPrompt prompt = PasswordPrompt.standard(System.in, err);
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("validate", () -> new ValidateCommand(out, err, trusted));
        commands.put("migrate", () -> new MigrateCommand(out, err));
        commands.put("diff", () -> new DiffCommand(out, err));
        commands.put("export", () -> new ExportCommand(out, err, env, prompt, trusted));
        commands.put("keygen", () -> new KeygenCommand(out, err, prompt, new PrivateKeyFile()));
        commands.put("sign", () -> new SignCommand(out, err, prompt, Clock.systemUTC()));
        commands.put("trust", () -> new TrustCommand(out, err, trusted));
        commands.put("bench", () -> new BenchCommand(out, err));
        commands.put("synthetic", () -> new SyntheticCommand(out, err));
        commands.put("version", () -> new VersionCommand(out));
        commands.put("open", () -> new OpenCommand(err, window));
        // picocli's own commands are made in lambdas rather than by constructor references: picocli's classes are
        // older than the JVM's ahead-of-time cache can link, and a reference straight to their constructors stops
        // the cache from being made
        commands.put("help", () -> new CommandLine.HelpCommand());
        commands.put("completion", () -> new AutoComplete.GenerateCompletion());
        return commands;
    }

    private static void describeCompletion(CommandLine cli) {
        CommandSpec completion = cli.getSubcommands().get("completion").getCommandSpec();
        completion.name("completion").remove(completion.findOption("--version"));
        completion.usageMessage().hidden(false).description("Print a bash completion script for attache.",
                "Load it in this shell:  source <(attache completion)",
                "or keep it in a file:   attache completion > attache_completion");
    }

    /**
     * A desktop opens a file with Attaché by passing its path alone (the packs' file association); that is
     * {@code open FILE}. Any other word is left for the parser to take as a command, or to refuse.
     */
    private static String[] asDesktopOpensFiles(CommandLine cli, String[] args) {
        if (args.length == 0 || args.length > 2 || cli.getSubcommands().containsKey(args[0])) return args;
        for (String arg : args) {
            if (arg.startsWith("-") || !isFile(arg)) return args;
        }
        String[] open = new String[args.length + 1];
        open[0] = "open";
        System.arraycopy(args, 0, open, 1, args.length);
        return open;
    }

    private static boolean isFile(String name) {
        try {
            return Files.isRegularFile(Path.of(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** picocli's words (help, usage errors) go through the same stream as the commands', in order and encoding. */
    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                stream.append(CharBuffer.wrap(chars, offset, length));
            }

            @Override
            public void flush() {
                stream.flush();
            }

            @Override
            public void close() {
                stream.flush();
            }
        }, true);
    }
}
