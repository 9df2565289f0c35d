package io.github.paperdigest.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Pages are encoded by {@link Utf8Buffer}: its bytes must be exactly those of {@link String#getBytes}. */
class Utf8BufferTest {

    private static final String[] PIECES = {"<p>", "a", "▲", "é", "Łukasz", "😀", "\uD83D", "\uDE00", "–", "",
        "$\\nabla^2$", "Müller & Søren"};

    @Test
    void anyTextWrittenInAnyPiecesGivesTheBytesOfGetBytes() throws Exception {
        SplittableRandom random = new SplittableRandom(8);
        for (int round = 0; round < 2_000; round++) {
            Utf8Buffer buffer = new Utf8Buffer(4);
            StringBuilder text = new StringBuilder();
            for (int piece = random.nextInt(12); piece > 0; piece--) {
                String next = PIECES[random.nextInt(PIECES.length)];
                text.append(next);
                switch (random.nextInt(3)) {
                    case 0 -> buffer.write(next);
                    case 1 -> buffer.write(next.toCharArray());
                    default -> next.chars().forEach(buffer::write);
                }
            }
            assertThat(buffer.toByteArray()).as("%s", text)
                    .isEqualTo(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aPairSplitAcrossTwoWritesIsOneCharacterAndALoneHalfIsAQuestionMark() throws Exception {
        Utf8Buffer buffer = new Utf8Buffer(16);
        buffer.write("a\uD83D");
        buffer.write("\uDE00b\uD83D");

        assertThat(buffer.toByteArray()).isEqualTo("a😀b?".getBytes(StandardCharsets.UTF_8));
    }
}
