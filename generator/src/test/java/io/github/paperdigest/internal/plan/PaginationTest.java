package io.github.paperdigest.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paperdigest.page.Pager;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaginationTest {

    private record Listed(String path, List<Integer> items, Pager pager) {
    }

    private static List<Listed> paginate(int itemCount, int perPage) {
        List<Integer> items = IntStream.rangeClosed(1, itemCount).boxed().toList();
        return Pagination.paginate("topics/x/", items, perPage, Listed::new);
    }

    @Test
    void exactlyOnePageFullFitsOnOnePage() {
        List<Listed> pages = paginate(3, 3);

        assertThat(pages).singleElement().satisfies(page -> {
            assertThat(page.path()).isEqualTo("topics/x/");
            assertThat(page.items()).containsExactly(1, 2, 3);
            assertThat(page.pager()).isEqualTo(new Pager(1, 1, "topics/x/", null, null, "topics/x/"));
        });
    }

    @Test
    void oneMoreStartsASecondPage() {
        List<Listed> pages = paginate(4, 3);

        assertThat(pages).extracting(Listed::path).containsExactly("topics/x/", "topics/x/page/2/");
        assertThat(pages.get(0).items()).containsExactly(1, 2, 3);
        assertThat(pages.get(1).items()).containsExactly(4);
        assertThat(pages.get(0).pager()).isEqualTo(new Pager(1, 2, "topics/x/", null, "topics/x/page/2/",
                "topics/x/page/2/"));
        assertThat(pages.get(1).pager()).isEqualTo(new Pager(2, 2, "topics/x/", "topics/x/", null,
                "topics/x/page/2/"));
    }

    @Test
    void anEmptyListStillHasItsFirstPage() {
        assertThat(paginate(0, 3)).singleElement().satisfies(page -> {
            assertThat(page.items()).isEmpty();
            assertThat(page.pager().count()).isEqualTo(1);
        });
    }

    @Test
    void middlePagesLinkBothWays() {
        List<Listed> pages = paginate(7, 2);

        assertThat(pages).hasSize(4);
        assertThat(pages.get(2).pager()).isEqualTo(new Pager(3, 4, "topics/x/", "topics/x/page/2/",
                "topics/x/page/4/", "topics/x/page/4/"));
        assertThat(pages.stream().flatMap(page -> page.items().stream())).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }
}
