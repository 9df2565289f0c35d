package io.github.paperdigest.maven;

import io.github.paperdigest.BuildResult;
import io.github.paperdigest.ContentException;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Generates the digest's site: {@code mvn papers:generate}. */
@Mojo(name = "generate", threadSafe = true)
public class GenerateMojo extends AbstractDigestMojo {

    /** Where the site is written; replaced as a whole by each successful build. */
    @Parameter(property = "papers.outputDirectory", defaultValue = "${project.build.directory}/site", required = true)
    private File outputDirectory;

    /** The size of the site, in bytes, above which the build warns: GitHub Pages publishes no site over 1 GB. */
    @Parameter(property = "papers.maxSiteBytes", defaultValue = "1000000000")
    private long maxSiteBytes;

    /**
     * Whether the goal updates the site it finds in the output directory, making again only what changed;
     * false makes the whole site anew.
     */
    @Parameter(property = "papers.incremental", defaultValue = "true")
    private boolean incremental;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        try {
            BuildResult result = generator().outputDirectory(outputDirectory.toPath()).maxSiteBytes(maxSiteBytes)
                    .incremental(incremental).build().build();
            logWarnings(result.warnings());
            getLog().info("Built " + result.summary() + " into " + outputDirectory);
            getLog().info("  " + result.stageSummary());
        } catch (ContentException e) {
            throw failure(e, "the previous site was left as it was");
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot build the digest: " + e.getMessage(), e);
        }
    }
}
