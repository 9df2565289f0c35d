package io.github.paperdigest.page;

import io.github.paperdigest.model.Month;
import java.util.List;

/** Every month of the digest, newest first. */
public record ArchivePage(String path, List<MonthListing> months) implements Page {

    public record MonthListing(Month month, int dayCount, int paperCount) {
    }

    @Override
    public PageKind kind() {
        return PageKind.ARCHIVE;
    }
}
