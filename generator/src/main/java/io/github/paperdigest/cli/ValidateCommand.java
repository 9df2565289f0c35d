package io.github.paperdigest.cli;

import io.github.paperdigest.ContentException;
import io.github.paperdigest.ValidationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the content and every template, as a build would, and writes nothing.",
            "Exit codes: 0 clean (warnings allowed), 1 content errors, 2 usage or I/O error."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ContentOptions options;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            ValidationResult result = options.generator().build().validate();
            result.warnings().forEach(stderr::println);
            stdout.println("Valid: " + result.summary()
                    + (result.warnings().isEmpty() ? "" : ", " + ProblemReport.plural(result.warnings().size(), "warning")));
            return 0;
        } catch (ContentException e) {
            e.problems().forEach(stderr::println);
            stderr.println("Invalid: " + ProblemReport.count(e.problems()) + ".");
            return Main.CONTENT_ERRORS;
        } catch (IOException e) {
            stderr.println("Cannot validate: " + e.getMessage());
            return Main.USAGE_OR_IO_ERROR;
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }
}
