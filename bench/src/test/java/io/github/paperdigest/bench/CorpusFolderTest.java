package io.github.paperdigest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness's corpora: made once per parameters, with a pom.xml that declares this repository's plugin. */
class CorpusFolderTest {

    @TempDir
    Path work;

    @Test
    void aCorpusIsReusedForTheSameParametersAndMadeAgainForOthers() throws IOException {
        CorpusParameters small = CorpusParameters.defaults(30);

        CorpusFolder.Prepared first = CorpusFolder.prepare(work, small, List.of());
        Path marked = first.content().resolve("papers").resolve("marked.json");
        Files.writeString(marked, "[]");
        CorpusFolder.Prepared again = CorpusFolder.prepare(work, small, List.of());
        Files.writeString(work.resolve("corpus-30.parameters"), "something else\n");
        CorpusFolder.Prepared remade = CorpusFolder.prepare(work, small, List.of());
        NoteEdit.of(NoteEdit.firstNote(remade.content())).write(1);
        CorpusFolder.Prepared afterAKill = CorpusFolder.prepare(work, small, List.of());

        assertThat(first.reused()).isFalse();
        assertThat(first.summary().papers()).isEqualTo(30);
        assertThat(again.reused()).isTrue();
        assertThat(remade.reused()).isFalse();
        assertThat(afterAKill.reused()).isFalse();
        assertThat(NoteEdit.isEdited(NoteEdit.firstNote(afterAKill.content()))).isFalse();
        assertThat(marked).doesNotExist();
        assertThat(remade.content()).isEqualTo(work.resolve("corpus-30"));
    }

    @Test
    void otherShapesGetFoldersOfTheirOwn() {
        assertThat(CorpusFolder.name(CorpusParameters.defaults(1_000))).isEqualTo("corpus-1000");
        assertThat(CorpusFolder.name(CorpusParameters.defaults(1_000).withAuthors(8, 6).withTopics(50_000, 9)))
                .startsWith("corpus-1000-").isNotEqualTo(CorpusFolder.name(CorpusParameters.defaults(1_000)
                        .withSeed(2)));
    }

    @Test
    void thePomDeclaresThePluginOfThisRepository() throws IOException {
        Path content = CorpusFolder.prepare(work, CorpusParameters.defaults(5), List.of()).content();

        assertThat(CorpusFolder.pluginVersion()).isNotBlank().doesNotContain("${");
        assertThat(content.resolve("pom.xml")).content().contains("<artifactId>papers-maven-plugin</artifactId>",
                "<version>" + CorpusFolder.pluginVersion() + "</version>");
    }

    @Test
    void anEditedNoteIsPutBackAsItWas() throws IOException {
        Path content = CorpusFolder.prepare(work, CorpusParameters.defaults(40), List.of()).content();
        Path note = NoteEdit.firstNote(content);
        String original = Files.readString(note);

        try (NoteEdit edit = NoteEdit.of(note)) {
            edit.write(1);
            edit.write(2);
            assertThat(Files.readString(note)).isEqualTo(original + "\nA sentence added by the benchmark, edit 2.\n");
            assertThat(NoteEdit.isEdited(note)).isTrue();
        }
        assertThat(Files.readString(note)).isEqualTo(original);
    }
}
