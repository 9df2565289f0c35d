package io.github.paperdigest.maven;

import io.github.paperdigest.BuildResult;
import io.github.paperdigest.PreviewServer;
import io.github.paperdigest.Problem;
import java.io.IOException;
import java.net.BindException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Serves the digest on {@code 127.0.0.1} while its editors work: {@code mvn papers:serve}. The site is
 * built into memory and rebuilt whenever the content or a template changes; open pages reload, and a
 * failed build keeps the last good site served, its problems shown over the page. Ctrl-C stops it.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractDigestMojo {

    /** The port on 127.0.0.1 the site is served at. */
    @Parameter(property = "papers.port", defaultValue = "8080")
    private int port;

    @Override
    public void execute() throws MojoExecutionException {
        if (skipped()) {
            return;
        }
        PreviewServer preview;
        try {
            preview = PreviewServer.builder(generator().build()).port(port).listener(new Log()).build();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage() + " (papers.port)", e);
        }
        try {
            preview.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(preview)));
            getLog().info("Serving " + preview.address() + " (Ctrl-C to stop)");
            preview.awaitStop();
        } catch (IOException e) {
            String hint = e.getCause() instanceof BindException ? ", such as -Dpapers.port=8081" : "";
            throw new MojoExecutionException("Cannot serve the digest: " + e.getMessage() + hint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stop(PreviewServer preview) {
        try {
            preview.close();
        } catch (IOException e) {
            // Stopping anyway: Maven is ending.
        }
        getLog().info("Stopped.");
    }

    /** Each build in one line of Maven's log, problems above it at their level. */
    private final class Log implements PreviewServer.Listener {

        @Override
        public void built(BuildResult result, List<String> changes) {
            logWarnings(result.warnings());
            getLog().info(PreviewServer.Listener.describe(changes) + ": built " + result.summary()
                    + " (" + result.stageSummary() + ")");
        }

        @Override
        public void failed(List<Problem> problems, List<String> changes) {
            problems.stream().filter(problem -> !problem.isError()).forEach(p -> getLog().warn(p.toString()));
            problems.stream().filter(Problem::isError).forEach(p -> getLog().error(p.toString()));
            getLog().error(PreviewServer.Listener.describe(changes)
                    + ": the build failed; still serving the last site that built.");
        }
    }
}
