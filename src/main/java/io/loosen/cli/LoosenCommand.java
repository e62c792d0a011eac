package io.loosen.cli;

import io.loosen.routine.Routine;
import io.loosen.store.Database;
import io.loosen.system.Background;
import io.loosen.system.Environment;
import io.loosen.system.ExitCode;
import io.loosen.system.UserError;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code loosen}: with no command, the web app (as {@code loosen serve}); otherwise one of the subcommands. */
@Command(name = "loosen", mixinStandardHelpOptions = true, versionProvider = LoosenCommand.Version.class,
        description = {
            "Guided daily stretching for the mid and upper back.",
            "",
            "Hours in one position, repetitive work, poor posture, strength",
            "imbalance and overuse all tighten the muscles of the mid and upper",
            "back, and tight muscles there often end in back pain. A few minutes",
            "of stretching every day loosens them; Loosen guides you through it.",
            "",
            "Run without a command to open the web app at http://127.0.0.1:7070/",
            "(the same as 'loosen serve'); 'loosen session' plays today's routine",
            "right here in the terminal."})
public final class LoosenCommand implements Callable<Integer> {
    /** Loosen's own commands, in the order help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(ExercisesCommand.class, ShowCommand.class,
            CatalogCommand.class, RoutinesCommand.class, TimelineCommand.class, SessionCommand.class,
            LogCommand.class, StatsCommand.class, ExportCommand.class, ImportCommand.class, BackupCommand.class,
            PlanCommand.class, ServeCommand.class, RemindCommand.class, CalendarCommand.class);
    /** Arguments after which no command runs, so nothing is read ahead for them. */
    private static final Set<String> ONLY_TELLS = Set.of("-h", "--help", "-V", "--version");

    private final Environment env;
    private Library library;
    /** The catalog being read while the command line is parsed, if it was started. */
    private CompletableFuture<Library> readAhead;

    @Option(names = "--db", paramLabel = "FILE|URL", scope = CommandLine.ScopeType.INHERIT,
            description = "Where your history is kept: a SQLite file (default ~/.local/share/loosen/loosen.db) "
                    + "or a jdbc:postgresql:// URL. Also set by LOOSEN_DB.")
    String db;

    @Spec
    CommandSpec spec;

    public LoosenCommand(Environment env) {
        this.env = env;
    }

    /**
     * Runs one command line and returns its exit status. Nearly every command reads the catalog, and
     * building the command line takes a tenth of a second on a small machine (BENCHMARKS.md, "Web app:
     * start-up"), so the catalog is read on another thread meanwhile; not for help, the version or
     * completion, which never use it.
     */
    public static int run(Environment env, PrintWriter out, PrintWriter err, String... args) {
        LoosenCommand root = new LoosenCommand(env);
        if (!(args.length > 0 && (args[0].equals("help") || args[0].equals("generate-completion")))
                && Arrays.stream(args).noneMatch(ONLY_TELLS::contains)) {
            root.readAhead = CompletableFuture.supplyAsync(() -> Library.read(env),
                    Background.thread("loosen-read-catalog"));
        }
        return configured(forArguments(root, args), env, out, err).execute(args);
    }

    /** The configured command line: Loosen's error handling, writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(Environment env, PrintWriter out, PrintWriter err) {
        return configured(withEveryCommand(new CommandLine(new LoosenCommand(env))), env, out, err);
    }

    /**
     * The command line for these arguments. picocli builds its model of a command from the annotations of
     * every option when the command is added, and for all of Loosen's commands that took a tenth of a
     * second of every start (BENCHMARKS.md, "fourth pass"), so only the command that runs is added:
     * one of Loosen's own when it is named first, none for no arguments (the web app); every one for
     * anything else (help, completion, an option first, a mistake), so help and suggestions see them all.
     */
    static CommandLine forArguments(LoosenCommand root, String... args) {
        CommandLine cli = new CommandLine(root);
        if (args.length == 0) {
            return cli;
        }
        return COMMANDS.stream().filter(command -> nameOf(command).equals(args[0])).findFirst()
                .map(cli::addSubcommand)
                .orElseGet(() -> withEveryCommand(cli));
    }

    private static CommandLine withEveryCommand(CommandLine cli) {
        COMMANDS.forEach(cli::addSubcommand);
        cli.addSubcommand(AutoComplete.GenerateCompletion.class);
        cli.addSubcommand(CommandLine.HelpCommand.class);
        cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(true);
        return cli;
    }

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    private static CommandLine configured(CommandLine cli, Environment env, PrintWriter out, PrintWriter err) {
        cli.setOut(out).setErr(err);
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("loosen: " + ex.getMessage());
            e.println("See '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            e.flush();
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, command, parseResult) -> {
            PrintWriter e = command.getErr();
            if (ex instanceof UserError user) {
                e.println("loosen: " + user.getMessage());
                e.flush();
                return user.exitCode();
            }
            e.println("loosen: something went wrong: " + ex);
            if (env.get("LOOSEN_DEBUG") != null) {
                ex.printStackTrace(e);
            }
            e.flush();
            return ExitCode.FAILURE;
        });
        return cli;
    }

    @Override
    public Integer call() throws Exception {
        ServeCommand serve = new ServeCommand();
        serve.root = this;
        serve.spec = spec; // it writes where this command does
        return serve.call();
    }

    Environment env() {
        return env;
    }

    /**
     * The history database: {@code --db}, else {@code LOOSEN_DB}, else the default file, whose folders
     * are created on first use. The caller closes it.
     */
    Database openDatabase() {
        return Database.open(db != null ? db : env.get("LOOSEN_DB"), env);
    }

    /**
     * The catalog (built-in exercises, the user's files and the exercises made or imported in the app) and
     * the built-in routines. Loaded on first use, so {@code --help} and completion never touch the files;
     * the database is opened only when there is one.
     */
    Library library() {
        if (library == null) {
            Library files = files();
            library = Database.exists(db != null ? db : env.get("LOOSEN_DB"), env)
                    ? files.withStored(storedExercises(), spec.commandLine().getErr()) : files;
        }
        return library;
    }

    /** Only what the app cannot change: the built-in exercises and routines and the user's files. */
    Library files() {
        PrintWriter err = spec.commandLine().getErr();
        CompletableFuture<Library> early = readAhead;
        if (early == null) {
            return Library.load(env, err);
        }
        readAhead = null;
        try {
            return early.join().reported(err);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private java.util.List<io.loosen.catalog.Exercise> storedExercises() {
        try (Database history = openDatabase()) {
            return history.exercises().all();
        }
    }

    /**
     * A routine by id, the user's own (made in the web app) included, or a single exercise as a routine
     * of its own. The database is opened only for an id that is neither built in nor an exercise.
     */
    Routine routineOrExercise(String id) {
        Library library = library();
        if (library.routines().find(id).isPresent() || library.catalog().find(id).isPresent()) {
            return library.routineOrExercise(id);
        }
        try (Database history = openDatabase()) {
            return library.withUserRoutines(history.routines().all(library.catalog())).routineOrExercise(id);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = LoosenCommand.class.getPackage().getImplementationVersion();
            return new String[] {"loosen " + (version == null ? "development build" : version)};
        }
    }
}
