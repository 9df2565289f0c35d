package io.github.paperdigest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.Generator;
import io.github.paperdigest.PreviewServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness hears our preview as a page does: a state event on connecting, another after a rebuild. */
class LiveEventsTest {

    @TempDir
    Path work;

    @Test
    void anEditedNoteGivesANewBuild() throws IOException {
        Path content = CorpusFolder.prepare(work, CorpusParameters.defaults(30), List.of()).content();
        Generator generator = Generator.builder().contentDirectory(content).build();
        try (PreviewServer preview = PreviewServer.builder(generator).port(0).build()) {
            preview.start();
            String origin = preview.address().resolve("/").toString().replaceAll("/$", "");
            try (LiveEvents events = LiveEvents.open(origin);
                    NoteEdit note = NoteEdit.of(NoteEdit.firstNote(content))) {
                LiveEvents.State first = events.next(Duration.ofSeconds(30));
                note.write(1);
                LiveEvents.State second = events.nextBuild(first.build(), Duration.ofSeconds(60));

                assertThat(first.build()).isNotEmpty();
                assertThat(second.build()).isNotEqualTo(first.build());
                assertThat(second.problems()).isEmpty();
            }
        }
    }
}
