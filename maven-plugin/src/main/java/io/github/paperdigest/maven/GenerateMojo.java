package io.github.paperdigest.maven;

import io.github.paperdigest.BuildResult;
import io.github.paperdigest.ContentException;
import io.github.paperdigest.Generator;
import io.github.paperdigest.Problem;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Generates the digest's site: {@code mvn papers:generate}. */
@Mojo(name = "generate", threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /** The digest: the folder holding {@code site.yaml}, {@code papers/} and {@code notes/}. */
    @Parameter(property = "papers.contentDirectory", defaultValue = "${project.basedir}", required = true)
    private File contentDirectory;

    /** Where the site is written; replaced as a whole by each successful build. */
    @Parameter(property = "papers.outputDirectory", defaultValue = "${project.build.directory}/site", required = true)
    private File outputDirectory;

    /**
     * The URL the site is published at, such as {@code https://user.github.io/repo/}; overrides
     * {@code site.yaml}'s {@code baseUrl}. In a GitHub Pages workflow, pass
     * {@code ${{ steps.pages.outputs.base_url }}/}.
     */
    @Parameter(property = "papers.baseUrl")
    private String baseUrl;

    /** Skips the goal. */
    @Parameter(property = "papers.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the paper digest (papers.skip)");
            return;
        }
        try {
            BuildResult result = Generator.builder()
                    .contentDirectory(contentDirectory.toPath())
                    .outputDirectory(outputDirectory.toPath())
                    .baseUrl(baseUrl)
                    .build()
                    .build();
            result.warnings().forEach(warning -> getLog().warn(warning.toString()));
            getLog().info("Built " + result.summary() + " into " + outputDirectory);
        } catch (ContentException e) {
            e.problems().stream().filter(problem -> !problem.isError()).forEach(p -> getLog().warn(p.toString()));
            e.problems().stream().filter(Problem::isError).forEach(p -> getLog().error(p.toString()));
            throw new MojoFailureException("The digest has errors; the previous site was left as it was.\n"
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot build the digest: " + e.getMessage(), e);
        }
    }
}
