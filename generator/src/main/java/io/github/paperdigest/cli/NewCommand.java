package io.github.paperdigest.cli;

import io.github.paperdigest.scaffold.Scaffold;
import io.github.paperdigest.scaffold.ScaffoldException;
import io.github.paperdigest.scaffold.ScaffoldResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Writes the skeleton of a note on a paper (--id), or of a hand-written record, a draft "
                + "(--day and --title, and --id if known). Never overwrites a file.",
            "Exit codes: 0 written, 1 the paper is unknown or already has a note or record, or a file is in "
                + "the way, 2 usage or I/O error."})
final class NewCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = ".",
            description = "The digest's folder, holding papers/ and notes/ (default: ${DEFAULT-VALUE}).")
    private Path content;

    @Option(names = "--id", paramLabel = "ID",
            description = "The paper's arXiv id: alone, for a note on it; with --day and --title, the record's id.")
    private String id;

    @Option(names = "--editor", paramLabel = "NAME", description = "The note's editor (notes only).")
    private String editor;

    @Option(names = "--day", paramLabel = "YYYY-MM-DD", description = "The new record's day.")
    private String day;

    @Option(names = "--title", paramLabel = "TITLE", description = "The new record's title.")
    private String title;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            // A wrong combination of options is an IllegalArgumentException, which Main reports as a usage error.
            ScaffoldResult result = Scaffold.builder().contentDirectory(content).paperId(id).editor(editor)
                    .day(day).title(title).build().write();
            stdout.println(result.summary());
            return 0;
        } catch (ScaffoldException e) {
            stderr.println("Nothing written: " + e.getMessage());
            return Main.CONTENT_ERRORS;
        } catch (IOException e) {
            stderr.println("Cannot write the skeleton: " + e.getMessage());
            return Main.USAGE_OR_IO_ERROR;
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }
}
