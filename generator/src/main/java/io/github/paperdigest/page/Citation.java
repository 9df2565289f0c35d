package io.github.paperdigest.page;

import java.util.List;

/**
 * How to cite a paper, made once in Java for its page: the page shows {@code bibtex} and offers it
 * for download at {@code bibtexPath}, byte for byte the same.
 *
 * @param bibtex the paper's BibTeX entry, as in its {@code cite.bib}
 * @param bibtexPath where that file is, relative to the base path: {@code papers/2602.02493/cite.bib}
 * @param authors every author as "Last, First", for Google Scholar's {@code citation_author}
 * @param publicationDate {@code YYYY/MM/DD}, the arXiv date or else the digest's day
 * @param doi arXiv's DOI for it, {@code 10.48550/arXiv.<id>}
 * @param jsonLd a schema.org {@code ScholarlyArticle}, written so that it is safe inside a
 *     {@code <script>} element as it is (no {@code <}, {@code >} or {@code &})
 */
public record Citation(String bibtex, String bibtexPath, List<String> authors, String publicationDate, String doi,
        String jsonLd) {

    public Citation {
        authors = List.copyOf(authors);
    }
}
