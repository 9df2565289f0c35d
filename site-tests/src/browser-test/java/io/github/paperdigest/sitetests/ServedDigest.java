package io.github.paperdigest.sitetests;

import io.github.paperdigest.ContentException;
import io.github.paperdigest.Generator;
import java.io.IOException;
import java.nio.file.Path;

/** A digest other than the sample, built with the base URL of its own server and served under /repo/ by it. */
final class ServedDigest {

    private ServedDigest() {
    }

    /** Builds {@code content} into {@code site} and serves it; the caller stops the server. */
    static PagesServer buildAndServe(Path content, Path site) throws IOException, ContentException {
        PagesServer server = PagesServer.bind();
        Generator.builder().contentDirectory(content).outputDirectory(site)
                .baseUrl(server.uri(SampleSite.BASE_PATH).toString()).build().build();
        server.serve(SampleSite.BASE_PATH, site);
        return server;
    }
}
