package io.github.paperdigest.page;

/** A page of the site: its kind, where it is, and the model its template renders. */
public sealed interface Page permits HomePage, DayPage, WeekPage, MonthPage, ArchivePage, PaperPage, TaxonomyPage, TermPage,
        FreePage, SearchPage, NotFoundPage {

    PageKind kind();

    /** Relative to the base path: {@code ""} for the home page, {@code papers/2602.02493/} for a paper. */
    String path();

    /** The template that renders it, by file name. */
    default String template() {
        return kind().name().toLowerCase(java.util.Locale.ROOT) + ".ftlh";
    }
}
