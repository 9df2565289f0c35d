package io.github.paperdigest.internal.plan;

import io.github.paperdigest.internal.catalog.UrlScheme;
import io.github.paperdigest.page.Pager;
import java.util.ArrayList;
import java.util.List;

/** Splits a long list over pages: the first at the list's own path, the next at {@code page/2/} and on. */
final class Pagination {

    private Pagination() {
    }

    /**
     * @param items the whole list; an empty list still gets one (empty) page
     * @param pageFactory makes a page from its path, its share of the items and its pager
     */
    static <T, P> List<P> paginate(String listPath, List<T> items, int perPage,
            PageFactory<T, P> pageFactory) {
        int count = Math.max(1, (items.size() + perPage - 1) / perPage);
        List<P> pages = new ArrayList<>(count);
        for (int number = 1; number <= count; number++) {
            List<T> share = items.subList((number - 1) * perPage, Math.min(items.size(), number * perPage));
            Pager pager = new Pager(number, count,
                    UrlScheme.pageOf(listPath, 1),
                    number > 1 ? UrlScheme.pageOf(listPath, number - 1) : null,
                    number < count ? UrlScheme.pageOf(listPath, number + 1) : null,
                    UrlScheme.pageOf(listPath, count));
            pages.add(pageFactory.page(UrlScheme.pageOf(listPath, number), List.copyOf(share), pager));
        }
        return pages;
    }

    interface PageFactory<T, P> {
        P page(String path, List<T> share, Pager pager);
    }
}
