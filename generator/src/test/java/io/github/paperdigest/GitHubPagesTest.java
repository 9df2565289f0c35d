package io.github.paperdigest;

import static io.github.paperdigest.testing.Fixtures.day;
import static io.github.paperdigest.testing.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.paperdigest.testing.BuiltSite;
import io.github.paperdigest.testing.FolderSnapshot;
import io.github.paperdigest.testing.TestData;
import io.github.paperdigest.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What GitHub Pages needs: .nojekyll, CNAME, a site under its size limit, and the workflow that deploys it. */
class GitHubPagesTest {

    @TempDir
    Path directory;

    private TestSite digest() {
        return TestSite.in(directory)
                .file("papers/2026-02-03.json", day(entry("2602.00001", "One", 1, "2026-02-03", "A B")));
    }

    @Test
    void writesNoJekyllAlwaysAndCnameFromTheDomainSetting() {
        BuiltSite site = digest().file("site.yaml", "domain: Digest.Example.org\n")
                .baseUrl("https://digest.example.org/").build();

        assertThat(site.text(".nojekyll")).isEmpty();
        assertThat(site.text("CNAME")).isEqualTo("digest.example.org\n");
        assertThat(digest().file("site.yaml", "title: T\n").build().exists("CNAME")).isFalse();
    }

    @Test
    void aSiteOverItsBudgetWarnsAndFailsOnlyWhenWarningsAreErrors() throws Exception {
        TestSite digest = digest();
        BuildResult within = digest.build().result();
        assertThat(within.warnings()).isEmpty();

        BuildResult over = Generator.builder().contentDirectory(digest.contentDirectory())
                .outputDirectory(digest.outputDirectory()).maxSiteBytes(within.bytes() - 1).build().build();
        assertThat(over.warnings()).singleElement().hasToString("site: warning: the site is " + within.bytes()
                + " bytes, over the budget of " + (within.bytes() - 1)
                + " (maxSiteBytes); GitHub Pages publishes no site over 1 GB");

        FolderSnapshot before = FolderSnapshot.of(digest.outputDirectory());
        assertThatThrownBy(() -> Generator.builder().contentDirectory(digest.contentDirectory())
                .outputDirectory(digest.outputDirectory()).maxSiteBytes(1000).failOnWarnings(true).build().build())
                .isInstanceOf(ContentException.class).hasMessageContaining("over the budget of 1000");
        before.assertUnchanged();
    }

    /** The README shows the workflow that content/.github/workflows/pages.yml ships; they must not drift apart. */
    @Test
    void theShippedWorkflowIsTheReadmesAndDeploysTheGeneratedSite() throws Exception {
        Path workflowFile = TestData.sampleContent().resolve(".github/workflows/pages.yml");
        String shipped = Files.readString(workflowFile);
        assertThat(yamlBlocks(Files.readString(TestData.sampleContent().resolveSibling("README.md"))))
                .contains(shipped);

        JsonNode workflow = new YAMLMapper().readTree(shipped);
        assertThat(workflow.path("permissions").path("pages").asText()).isEqualTo("write");
        assertThat(workflow.path("permissions").path("id-token").asText()).isEqualTo("write");
        assertThat(workflow.path("concurrency").path("group").asText()).isEqualTo("pages");
        List<String> buildSteps = new ArrayList<>();
        workflow.path("jobs").path("build").path("steps").forEach(step -> buildSteps.add(
                step.has("uses") ? step.path("uses").asText().replaceAll("@.*", "") : step.path("run").asText()));
        assertThat(buildSteps).containsExactly("actions/checkout", "actions/setup-java", "actions/configure-pages",
                "mvn -B -ntp papers:generate \"-Dpapers.baseUrl=${{ steps.pages.outputs.base_url }}/\"",
                "actions/upload-pages-artifact");
        JsonNode upload = workflow.path("jobs").path("build").path("steps").get(4).path("with");
        assertThat(upload.path("path").asText()).isEqualTo("target/site");
        assertThat(upload.path("include-hidden-files").asBoolean()).isTrue();
        assertThat(workflow.path("jobs").path("deploy").path("steps").get(0).path("uses").asText())
                .startsWith("actions/deploy-pages@");
        assertThat(workflow.path("jobs").path("build").path("steps").get(1).path("with").path("cache").asText())
                .isEqualTo("maven");
    }

    /** The nightly job fetches and commits, and the site is published even when the API is down. */
    @Test
    void theShippedWorkflowFetchesNightlyAndStillPublishesWhenTheFetchFails() throws Exception {
        JsonNode workflow = new YAMLMapper().readTree(
                Files.readString(TestData.sampleContent().resolve(".github/workflows/pages.yml")));
        assertThat(workflow.path("on").path("schedule").get(0).path("cron").asText()).matches("\\d+ \\d+ \\* \\* \\*");
        JsonNode fetch = workflow.path("jobs").path("fetch");
        assertThat(fetch.path("if").asText()).isEqualTo("github.event_name != 'push'");
        assertThat(fetch.path("permissions").path("contents").asText()).isEqualTo("write");
        List<String> runs = new ArrayList<>();
        fetch.path("steps").forEach(step -> runs.add(step.path("run").asText()));
        assertThat(runs).contains("mvn -B -ntp papers:fetch -Dpapers.date=yesterday");
        assertThat(runs.get(runs.size() - 1)).contains("git diff --cached --quiet").contains("git push");
        JsonNode build = workflow.path("jobs").path("build");
        assertThat(build.path("needs").asText()).isEqualTo("fetch");
        assertThat(build.path("if").asText()).isEqualTo("${{ !cancelled() }}");
        assertThat(build.path("steps").get(0).path("with").path("ref").asText()).isEqualTo("${{ github.ref }}");
        assertThat(workflow.path("jobs").path("deploy").path("if").asText())
                .isEqualTo("${{ !cancelled() && needs.build.result == 'success' }}");
        // Only the nightly job may push: the build and the deployment keep read-only contents.
        assertThat(workflow.path("permissions").path("contents").asText()).isEqualTo("read");
    }

    private static List<String> yamlBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher block = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        while (block.find()) {
            blocks.add(block.group(1));
        }
        return blocks;
    }
}
