package io.github.paperdigest.testing;

import io.github.paperdigest.BuildResult;
import io.github.paperdigest.Generator;
import java.nio.file.Path;

/**
 * The sample digest of {@code content/}, built once per test run with an absolute base URL, for the
 * tests that only read it. Kept under {@code target/} so that a failing test's site can be looked at.
 */
public final class SampleSite {

    public static final String BASE_URL = "https://user.github.io/repo/";

    private static final Path ROOT = Path.of("target/sample-site").toAbsolutePath();
    private static BuildResult result;

    private SampleSite() {
    }

    public static synchronized Path root() {
        build();
        return ROOT;
    }

    public static synchronized BuildResult result() {
        build();
        return result;
    }

    private static void build() {
        if (result == null) {
            try {
                result = Generator.builder().contentDirectory(TestData.sampleContent()).outputDirectory(ROOT)
                        .baseUrl(BASE_URL).build().build();
            } catch (Exception e) {
                throw new AssertionError("the sample digest does not build", e);
            }
        }
    }
}
