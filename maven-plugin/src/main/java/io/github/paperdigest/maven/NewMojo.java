package io.github.paperdigest.maven;

import io.github.paperdigest.Generator;
import io.github.paperdigest.scaffold.Scaffold;
import io.github.paperdigest.scaffold.ScaffoldException;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a skeleton for an editor to fill in, never over a file: {@code mvn papers:new -Dpapers.id=2602.02493}
 * writes a note on that paper into {@code notes/}; {@code mvn papers:new -Dpapers.day=2026-02-03
 * -Dpapers.title="..."} (with {@code -Dpapers.id} if known) a draft record into {@code papers/}.
 */
@Mojo(name = "new", threadSafe = true)
public class NewMojo extends AbstractDigestMojo {

    /** The paper's arXiv id: alone, for a note on it; with a day and a title, the new record's id. */
    @Parameter(property = "papers.id")
    private String paperId;

    /** The new record's day, {@code YYYY-MM-DD}; with {@code papers.title}. */
    @Parameter(property = "papers.day")
    private String day;

    /** The new record's title, as the paper has it; with {@code papers.day}. */
    @Parameter(property = "papers.title")
    private String title;

    /** The note's editor; notes only. */
    @Parameter(property = "papers.editor")
    private String editor;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        // The base class knows the content directory and the file size limit; the generator it configures says them.
        Generator digest = generator().build();
        try {
            getLog().info(Scaffold.builder()
                    .contentDirectory(digest.contentDirectory())
                    .maxFileBytes(digest.maxFileBytes())
                    .paperId(paperId).day(day).title(title).editor(editor)
                    .build()
                    .write()
                    .summary());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("papers:new: " + e.getMessage() + " (-Dpapers.id=ID for a note; "
                    + "-Dpapers.day=YYYY-MM-DD -Dpapers.title=TITLE for a record)", e);
        } catch (ScaffoldException e) {
            throw new MojoFailureException("Nothing written: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the skeleton: " + e.getMessage(), e);
        }
    }
}
