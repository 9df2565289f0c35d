package io.github.paperdigest.internal.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MemoTest {

    private final List<String> worked = new ArrayList<>();
    private final Function<String, String> shout = key -> {
        worked.add(key);
        return key.toUpperCase();
    };

    @Test
    void aResultIsWorkedOutOnceAndFoundInTheNextBuild() {
        Memo<String, String> memo = Memo.remembering();
        assertThat(memo.get("a", shout)).isEqualTo("A");
        assertThat(memo.get("a", shout)).isEqualTo("A");

        memo.nextBuild();
        assertThat(memo.get("a", shout)).isEqualTo("A");

        assertThat(worked).containsExactly("a");
    }

    @Test
    void whatABuildDidNotAskForIsForgottenWhenTheNextBegins() {
        Memo<String, String> memo = Memo.remembering();
        memo.get("a", shout);
        memo.get("b", shout);

        memo.nextBuild();
        memo.get("a", shout);
        memo.nextBuild();
        memo.get("a", shout);
        memo.get("b", shout);

        assertThat(worked).containsExactly("a", "b", "b");
    }

    @Test
    void aForgettingMemoWorksOutEveryResult() {
        Memo<String, String> memo = Memo.forgetting();
        memo.get("a", shout);
        memo.nextBuild();
        memo.get("a", shout);

        assertThat(worked).containsExactly("a", "a");
    }

    @Test
    void workMayAskTheSameMemoForAnotherKey() {
        Memo<String, Integer> lengths = Memo.remembering();
        Function<String, Integer> length = new Function<>() {
            @Override
            public Integer apply(String key) {
                return key.isEmpty() ? 0 : 1 + lengths.get(key.substring(1), this);
            }
        };

        assertThat(lengths.get("abcd", length)).isEqualTo(4);
    }
}
