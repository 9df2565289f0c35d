package io.github.paperdigest.maven;

import io.github.paperdigest.ContentException;
import io.github.paperdigest.Generator;
import io.github.paperdigest.Problem;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters every goal shares: which content to read, and how strictly. */
abstract class AbstractDigestMojo extends AbstractMojo {

    /** The digest: the folder holding {@code site.yaml}, {@code papers/} and {@code notes/}. */
    @Parameter(property = "papers.contentDirectory", defaultValue = "${project.basedir}", required = true)
    private File contentDirectory;

    /**
     * The URL the site is published at, such as {@code https://user.github.io/repo/}; overrides
     * {@code site.yaml}'s {@code baseUrl}. In a GitHub Pages workflow, pass
     * {@code ${{ steps.pages.outputs.base_url }}/}.
     */
    @Parameter(property = "papers.baseUrl")
    private String baseUrl;

    /** Fails on warnings (unknown front matter keys, conflicting records, ...) as on errors. */
    @Parameter(property = "papers.failOnWarnings", defaultValue = "false")
    private boolean failOnWarnings;

    /** The largest record, note or page file read, in bytes; a larger one is an error. */
    @Parameter(property = "papers.maxFileBytes", defaultValue = "67108864")
    private long maxFileBytes;

    /** Skips the goal. */
    @Parameter(property = "papers.skip", defaultValue = "false")
    private boolean skip;

    /** Whether to skip, saying so in the log. */
    protected boolean skipped() {
        if (skip) {
            getLog().info("Skipping the paper digest (papers.skip)");
        }
        return skip;
    }

    /** A generator for the configured content, with the output still to set. */
    protected Generator.Builder generator() {
        return Generator.builder()
                .contentDirectory(contentDirectory.toPath())
                .baseUrl(baseUrl)
                .failOnWarnings(failOnWarnings)
                .maxFileBytes(maxFileBytes);
    }

    protected void logWarnings(List<Problem> warnings) {
        warnings.forEach(warning -> getLog().warn(warning.toString()));
    }

    /** Logs every problem at its level and fails the goal, the count and {@code consequence} in its message. */
    protected MojoFailureException failure(ContentException e, String consequence) {
        e.problems().stream().filter(problem -> !problem.isError()).forEach(p -> getLog().warn(p.toString()));
        e.problems().stream().filter(Problem::isError).forEach(p -> getLog().error(p.toString()));
        return new MojoFailureException("The digest has errors" + (failOnWarnings ? " (warnings count as errors: "
                + "papers.failOnWarnings)" : "") + "; " + consequence + ".\n" + e.getMessage(), e);
    }
}
