package io.github.paperdigest.cli;

import io.github.paperdigest.BuildResult;
import io.github.paperdigest.PreviewServer;
import io.github.paperdigest.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the site on 127.0.0.1 for its editors, rebuilding it and reloading open pages "
                + "whenever the content changes. A failed build keeps the last good site served.",
            "Stop it with Ctrl-C. Exit codes: 0 stopped, 2 usage or I/O error (such as a port in use)."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ContentOptions options;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    private int port;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        PreviewServer preview = PreviewServer.builder(options.generator().build()).port(port)
                .listener(new Terminal(stdout, stderr)).build();
        try {
            preview.start();
        } catch (IOException e) {
            stderr.println("Cannot serve: " + e.getMessage() + (e.getCause() instanceof BindException
                    ? " with --port" : ""));
            stderr.flush();
            return Main.USAGE_OR_IO_ERROR;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(preview, stdout)));
        stdout.println("Serving " + preview.address() + " (Ctrl-C to stop)");
        stdout.flush();
        preview.awaitStop();
        return 0;
    }

    private static void stop(PreviewServer preview, PrintWriter stdout) {
        try {
            preview.close();
        } catch (IOException e) {
            // Stopping anyway: the process is ending.
        }
        stdout.println("Stopped.");
        stdout.flush();
    }

    /** Each build in one line, problems above it. */
    private record Terminal(PrintWriter stdout, PrintWriter stderr) implements PreviewServer.Listener {

        @Override
        public void built(BuildResult result, List<String> changes) {
            result.warnings().forEach(stderr::println);
            stderr.flush();
            stdout.println(PreviewServer.Listener.describe(changes) + ": built " + result.summary()
                    + " (" + result.stageSummary() + ")");
            stdout.flush();
        }

        @Override
        public void failed(List<Problem> problems, List<String> changes) {
            problems.forEach(stderr::println);
            stderr.println(PreviewServer.Listener.describe(changes) + ": the build failed ("
                    + ProblemReport.count(problems) + "); still serving the last site that built.");
            stderr.flush();
        }
    }
}
