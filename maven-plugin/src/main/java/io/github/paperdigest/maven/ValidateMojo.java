package io.github.paperdigest.maven;

import io.github.paperdigest.ContentException;
import io.github.paperdigest.ValidationResult;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the digest as {@code papers:generate} would, every template rendered against the data,
 * and writes nothing: {@code mvn papers:validate}, for pull requests.
 */
@Mojo(name = "validate", threadSafe = true)
public class ValidateMojo extends AbstractDigestMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        try {
            ValidationResult result = generator().build().validate();
            logWarnings(result.warnings());
            getLog().info("Valid: " + result.summary());
        } catch (ContentException e) {
            throw failure(e, "nothing was written");
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot validate the digest: " + e.getMessage(), e);
        }
    }
}
