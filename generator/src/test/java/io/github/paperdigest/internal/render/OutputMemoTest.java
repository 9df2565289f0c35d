package io.github.paperdigest.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputMemoTest {

    private record Model(String title) {
    }

    private static final byte[] BYTES = {1, 2, 3};

    @Test
    void reusesAFileOnlyForAnEqualModelInAnEqualContext() {
        OutputMemo memo = OutputMemo.create();
        memo.begin("context");
        memo.keep("a.html", new Model("A"), BYTES);
        memo.commit();

        memo.begin("context");
        assertThat(memo.reuse("a.html", new Model("A"))).isSameAs(BYTES);
        assertThat(memo.reuse("a.html", new Model("B"))).isNull();
        assertThat(memo.reuse("b.html", new Model("A"))).isNull();

        memo.begin("another context");
        assertThat(memo.reuse("a.html", new Model("A"))).isNull();
    }

    @Test
    void forgetsWhatTheLastGoodBuildNoLongerMade() {
        OutputMemo memo = OutputMemo.create();
        memo.begin("context");
        memo.keep("a.html", new Model("A"), BYTES);
        memo.commit();

        memo.begin("context");
        memo.commit();

        memo.begin("context");
        assertThat(memo.reuse("a.html", new Model("A"))).isNull();
    }

    @Test
    void aFailedBuildLeavesTheLastGoodOneToReuse() {
        OutputMemo memo = OutputMemo.create();
        memo.begin("context");
        memo.keep("a.html", new Model("A"), BYTES);
        memo.commit();

        memo.begin("context");
        memo.keep("a.html", new Model("A, half done"), new byte[0]);
        // No commit: the build failed.

        memo.begin("context");
        assertThat(memo.reuse("a.html", new Model("A"))).isSameAs(BYTES);
    }

    @Test
    void aOneOffBuildsMemoKeepsNothing() {
        OutputMemo memo = OutputMemo.none();
        memo.begin("context");
        memo.keep("a.html", new Model("A"), BYTES);
        memo.commit();

        memo.begin("context");
        assertThat(memo.reuse("a.html", new Model("A"))).isNull();
    }
}
