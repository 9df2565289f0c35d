package io.github.paperdigest.maven;

import io.github.paperdigest.fetch.DailyPapersFetcher;
import io.github.paperdigest.fetch.DayReport;
import io.github.paperdigest.fetch.FetchReport;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Downloads the Hugging Face daily papers of some days into {@code papers/YYYY-MM-DD.json}, merged into
 * the committed files: {@code mvn papers:fetch -Dpapers.date=yesterday}. Needs no project, so that a
 * scheduled workflow can run it in any folder. It extends {@link AbstractMojo} rather than
 * {@code AbstractDigestMojo}, whose build settings (base URL, warnings, file sizes) mean nothing here.
 */
@Mojo(name = "fetch", threadSafe = true, requiresProject = false)
public class FetchMojo extends AbstractMojo {

    /**
     * The days: {@code 2026-02-03}, an inclusive range {@code 2026-02-02..2026-02-06}, {@code yesterday} or
     * {@code today} (UTC days).
     */
    @Parameter(property = "papers.date", required = true)
    private String date;

    /** The API's base URL; the days are read from {@code <apiUrl>/daily_papers?date=YYYY-MM-DD}. */
    @Parameter(property = "papers.apiUrl", defaultValue = DailyPapersFetcher.DEFAULT_API_URL, required = true)
    private String apiUrl;

    /** The digest, whose {@code papers/} folder receives the day files. */
    @Parameter(property = "papers.contentDirectory", defaultValue = "${project.basedir}", required = true)
    private File contentDirectory;

    /** Skips the goal. */
    @Parameter(property = "papers.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the paper digest (papers.skip)");
            return;
        }
        FetchReport report;
        try {
            report = DailyPapersFetcher.builder().contentDirectory(contentDirectory.toPath()).apiUrl(apiUrl).build()
                    .fetch(date);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Cannot fetch: " + e.getMessage() + " (papers.date, papers.apiUrl)", e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot fetch: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("The fetch was interrupted", e);
        }
        for (DayReport day : report.days()) {
            if (day.failed()) {
                getLog().error(day.line());
            } else {
                getLog().info(day.line());
            }
        }
        if (!report.failed()) {
            getLog().info("Fetched " + report.summary());
        } else if (report.hasIoFailures()) {
            // The network or the disk: a later run may well succeed.
            throw new MojoExecutionException("Fetch failed: " + report.summary());
        } else {
            throw new MojoFailureException("Fetch failed: " + report.summary() + "; fix the files named above");
        }
    }
}
