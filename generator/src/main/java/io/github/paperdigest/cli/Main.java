package io.github.paperdigest.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code java -jar paper-digest.jar build --content DIR --out DIR},
 * {@code validate --content DIR}, {@code serve --content DIR --port PORT},
 * {@code fetch --date DAYS --content DIR}, or {@code new --content DIR --id ID} (a note's skeleton)
 * and {@code new --content DIR --day DAY --title TITLE} (a record's). Exit codes: 0 success (warnings
 * allowed), 1 the content has errors (or, for {@code new}, is in the way), 2 a usage or I/O error.
 */
@Command(name = "paper-digest", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a paper digest's static site from its records and notes.",
        subcommands = {BuildCommand.class, ValidateCommand.class, ServeCommand.class, FetchCommand.class,
            NewCommand.class})
public final class Main {

    static final int CONTENT_ERRORS = 1;
    static final int USAGE_OR_IO_ERROR = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code, for tests and for {@link #main}. */
    public static int run(String... args) {
        return new CommandLine(new Main())
                .setExitCodeExceptionMapper(exception -> USAGE_OR_IO_ERROR)
                .setExecutionExceptionHandler(Main::usageError)
                .execute(args);
    }

    /** The generator's builder rejects an out-of-range option, such as a size of 0, with its reason. */
    private static int usageError(Exception exception, CommandLine command, CommandLine.ParseResult parsed)
            throws Exception {
        if (!(exception instanceof IllegalArgumentException)) {
            throw exception;
        }
        command.getErr().println(exception.getMessage());
        command.getErr().flush();
        return USAGE_OR_IO_ERROR;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"paper-digest " + (version == null ? "(development)" : version)};
        }
    }
}
