package io.github.paperdigest.internal.cite;

import io.github.paperdigest.model.Paper;
import java.time.LocalDate;

/** What every form of a paper's citation shares: its date, its DOI and its arXiv addresses. */
public final class Citations {

    private Citations() {
    }

    /** The day arXiv published it; the day it entered the digest when the records do not say. */
    public static LocalDate date(Paper paper) {
        return paper.publishedOn() != null ? paper.publishedOn() : paper.day().date();
    }

    static int year(Paper paper) {
        return date(paper).getYear();
    }

    /** arXiv registers a DataCite DOI for every paper. */
    public static String doi(Paper paper) {
        return "10.48550/arXiv." + paper.id();
    }

    public static String abstractUrl(Paper paper) {
        return "https://arxiv.org/abs/" + paper.id();
    }

    public static String pdfUrl(Paper paper) {
        return "https://arxiv.org/pdf/" + paper.id();
    }
}
