package io.github.paperdigest.cli;

import io.github.paperdigest.BuildResult;
import io.github.paperdigest.ContentException;
import io.github.paperdigest.Generator;
import io.github.paperdigest.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site; the previous site stays in place unless the build succeeds.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = ".",
            description = "The digest's folder, holding site.yaml, papers/ and notes/ (default: ${DEFAULT-VALUE}).")
    private Path content;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/site",
            description = "Where the site is written (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The URL the site is published at, such as https://user.github.io/repo/; "
                    + "overrides site.yaml's baseUrl.")
    private String baseUrl;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            BuildResult result = Generator.builder()
                    .contentDirectory(content)
                    .outputDirectory(out)
                    .baseUrl(baseUrl)
                    .build()
                    .build();
            result.warnings().forEach(stderr::println);
            stdout.println("Built " + result.summary() + " into " + out);
            return 0;
        } catch (ContentException e) {
            e.problems().forEach(stderr::println);
            long errors = e.problems().stream().filter(Problem::isError).count();
            stderr.println("Build failed: " + errors + (errors == 1 ? " error" : " errors")
                    + "; the previous site was left as it was.");
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
