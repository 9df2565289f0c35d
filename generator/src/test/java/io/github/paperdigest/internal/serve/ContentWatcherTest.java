package io.github.paperdigest.internal.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentWatcherTest {

    @ParameterizedTest
    @ValueSource(strings = {"site.yaml", "papers", "papers/2026-02-03.json", "notes/sub/kimi.md", "pages/about.md",
        "static/img/logo.png", "static/.well-known", "templates/paper.ftlh"})
    void watchesWhatABuildReads(String path) {
        assertThat(ContentWatcher.isInput(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"target/site/index.html", ".git/index", "pom.xml", "README.md", "notes/.kimi.md.swp",
        "notes/kimi.md~", "notes/4913", "papers/.2026-02-03.json.tmp", "other/site.yaml"})
    void ignoresTheRest(String path) {
        assertThat(ContentWatcher.isInput(path)).isFalse();
    }

    @Test
    void aHiddenStaticFolderIsStillPublished() {
        assertThat(ContentWatcher.isInput("static/.well-known/security.txt")).isTrue();
    }
}
