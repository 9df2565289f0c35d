package io.github.paperdigest.cli;

import io.github.paperdigest.BuildResult;
import io.github.paperdigest.ContentException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the site; the previous site stays in place unless the build succeeds.",
            "Exit codes: 0 built (warnings allowed), 1 content errors, 2 usage or I/O error."})
final class BuildCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ContentOptions options;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/site",
            description = "Where the site is written (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--max-site-bytes", paramLabel = "BYTES", defaultValue = "1000000000",
            description = "Warns when the site is larger (default: ${DEFAULT-VALUE}, GitHub Pages' limit).")
    private long maxSiteBytes;

    @Option(names = "--full",
            description = "Makes the whole site anew, rather than update the one in the output folder.")
    private boolean full;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            BuildResult result = options.generator().outputDirectory(out).maxSiteBytes(maxSiteBytes).incremental(!full)
                    .build()
                    .build();
            result.warnings().forEach(stderr::println);
            stdout.println("Built " + result.summary() + " into " + out);
            stdout.println("  " + result.stageSummary());
            return 0;
        } catch (ContentException e) {
            e.problems().forEach(stderr::println);
            stderr.println("Build failed: " + ProblemReport.count(e.problems()) + "; the previous site is left as it was.");
            return Main.CONTENT_ERRORS;
        } catch (IOException e) {
            stderr.println("Build failed: " + e.getMessage());
            return Main.USAGE_OR_IO_ERROR;
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }
}
