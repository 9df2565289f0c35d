package io.github.paperdigest.internal.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paperdigest.internal.manifest.ModelDigest;
import io.github.paperdigest.model.Author;
import io.github.paperdigest.model.Day;
import io.github.paperdigest.model.Month;
import io.github.paperdigest.model.Note;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Topic;
import io.github.paperdigest.model.Week;
import io.github.paperdigest.page.DayOrder;
import io.github.paperdigest.page.DayPage;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Models written by {@link ModelWriter} and read again by {@link ModelReader}. */
class ModelCodecTest {

    private static final Author ADA = new Author("Ada Lovelace", "ada-lovelace", "authors/ada-lovelace/");
    private static final Author ALAN = new Author("Alan Turing", "alan-turing", "authors/alan-turing/");
    private static final Topic AGENTS = new Topic("Agents", "agents", "topics/agents/");
    private static final Day DAY = new Day(LocalDate.parse("2026-02-03"), "days/2026-02-03/");

    @Test
    void aPageIsReadAgainEqualWithItsDigest() throws IOException {
        Paper first = paper("2602.00001", List.of(ADA, ALAN), new Note("A title", null, "<p>Body</p>"));
        Paper second = paper("2602.00002", List.of(ADA), null);
        DayPage page = dayPage(List.of(first, second));

        Written written = write(List.of(page));
        Object read = written.reader().read(written.models().get(0));

        assertThat(read).isEqualTo(page);
        assertThat(new ModelDigest().of(read)).isEqualTo(new ModelDigest().of(page));
        DayPage again = (DayPage) read;
        assertThat(again.papers().get(0).authors().get(0)).as("one author, read once")
                .isSameAs(again.papers().get(1).authors().get(0));
    }

    @Test
    void aSharedPaperReplacedIsReplacedInEveryModelReadAfterwards() throws IOException {
        Paper paper = paper("2602.00001", List.of(ADA), new Note(null, "Ada", "<p>Old</p>"));
        DayPage page = dayPage(List.of(paper));
        Written written = write(List.of(page, List.of(paper, "beside it")));
        int number = written.writer().write(page).papers()[0];
        Paper edited = paper("2602.00001", List.of(ADA), new Note(null, "Ada", "<p>New</p>"));

        written.reader().replace(number, edited);

        assertThat(written.reader().read(written.models().get(0))).isEqualTo(dayPage(List.of(edited)));
        assertThat(written.reader().read(written.models().get(1))).isEqualTo(List.of(edited, "beside it"));
    }

    @Test
    void aWriterGoingOnFromAnIndexKeepsItsNumbers() throws IOException {
        Paper paper = paper("2602.00001", List.of(ADA, ALAN), null);
        Written written = write(List.of(dayPage(List.of(paper))));
        Paper read = (Paper) written.reader().shared(written.writer().write(paper).papers()[0]);

        ModelWriter goingOn = new ModelWriter(written.writer().classNames(), written.reader().sharedRead());
        byte[] bytes = goingOn.writeRecord(read);

        assertThat(bytes).isEqualTo(written.writer().writeShared(0, 1).get(0));
        assertThat(goingOn.classNames()).isEqualTo(written.writer().classNames());
        assertThatThrownBy(() -> goingOn.write(List.of(new Author("Someone Else", "someone", "authors/someone/"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the index lacks");
    }

    @Test
    void onlyRecordsListsAndPlainValuesAreWritten() {
        assertThatThrownBy(() -> new ModelWriter().write(Map.of("a", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot write");
    }

    @Test
    void onlyThisGeneratorsClassesAreMade() {
        ModelReader reader = new ModelReader(List.of("java.lang.ProcessBuilder"), 0, number -> new byte[0]);

        assertThatThrownBy(() -> reader.read(new byte[] {ModelWriter.RECORD, 0, 0, 0, 0}))
                .isInstanceOf(IOException.class).hasMessageContaining("not one of this generator's");
    }

    @Test
    void bytesCutShortAreNoModel() throws IOException {
        Written written = write(List.of(dayPage(List.of(paper("2602.00001", List.of(ADA), null)))));
        byte[] bytes = written.models().get(0);
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 3);

        assertThatThrownBy(() -> written.reader().read(cut)).isInstanceOf(IOException.class);
    }

    /** Models written, the shared objects' bytes, and a reader of them. */
    private record Written(ModelWriter writer, List<byte[]> models, ModelReader reader) {
    }

    private static Written write(List<Object> models) {
        ModelWriter writer = new ModelWriter();
        List<byte[]> bytes = writer.writeAll(models).stream().map(ModelWriter.Written::bytes).toList();
        List<byte[]> shared = new ArrayList<>();
        while (shared.size() < writer.sharedCount()) {
            shared.addAll(writer.writeShared(shared.size(), writer.sharedCount()));
        }
        return new Written(writer, bytes, new ModelReader(writer.classNames(), shared.size(), shared::get));
    }

    private static DayPage dayPage(List<Paper> papers) {
        Week week = new Week("Week 6, 2026", 2026, 6, LocalDate.parse("2026-02-02"), LocalDate.parse("2026-02-08"),
                "weeks/2026-W06/");
        return new DayPage(DAY.path(), DAY, papers, DayOrder.UPVOTES, null, null, week,
                new Month(YearMonth.parse("2026-02"), "months/2026-02/"), DAY.path(), DAY.path() + "by-date/");
    }

    private static Paper paper(String id, List<Author> authors, Note note) {
        return new Paper(id, "papers/" + id + "/", "Title of " + id, "Its abstract, with $x^2$.", DAY,
                LocalDate.parse("2026-02-01"), authors, null, List.of(AGENTS), 12, 3, null, 40, null, null, note);
    }
}
