package io.github.paperdigest.internal.load;

import io.github.paperdigest.internal.Problems;
import io.github.paperdigest.internal.load.PaperRecord.AuthorName;
import io.github.paperdigest.internal.load.PaperRecord.OrganizationName;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks one record's fields and turns them into plain values, reporting what is missing or wrong
 * at the record's line. One converter per record.
 */
final class RecordConverter {

    private final Problems problems;
    private final String file;
    private final int line;
    private final LocalDate fileDay;
    private boolean valid = true;

    RecordConverter(Problems problems, String file, int line, LocalDate fileDay) {
        this.problems = problems;
        this.file = file;
        this.line = line;
        this.fileDay = fileDay;
    }

    /** @return the record, or null when it has errors */
    PaperRecord convert(PaperJson entry) {
        PaperJson paper = entry.paper() != null ? entry.paper() : entry;
        String id = ArxivId.normalize(paper.id());
        if (paper.id() == null) {
            error("the record has no `id` (expected an arXiv id such as 2602.02493)");
        } else if (id == null) {
            error("`id` \"" + paper.id() + "\" is not an arXiv id (expected YYMM.NNNNN, such as 2602.02493)");
        }
        String title = firstNonBlank(paper.title(), entry.title());
        if (title == null) {
            error("the record has no `title`");
        }
        List<AuthorName> authors = authors(paper.authors());
        LocalDate day = day(paper);
        LocalDate publishedOn = paper.publishedAt() == null ? null : dateOf("publishedAt", paper.publishedAt());
        if (!valid) {
            return null;
        }
        OrganizationName organization = organization(paper.organization() != null
                ? paper.organization() : entry.organization());
        return new PaperRecord(file, line, id, title, firstNonBlank(paper.summary(), entry.summary()), authors,
                day, publishedOn, paper.upvotes(),
                entry.numComments() != null ? entry.numComments() : paper.numComments(),
                organization, keywords(paper.aiKeywords()), webAddress("githubRepo", paper.githubRepo()),
                paper.githubStars(), webAddress("projectPage", paper.projectPage()),
                blankToNull(paper.aiSummary()));
    }

    private List<AuthorName> authors(List<PaperJson.AuthorJson> authors) {
        if (authors == null || authors.isEmpty()) {
            error(authors == null ? "the record has no `authors`" : "`authors` is empty");
            return List.of();
        }
        List<AuthorName> names = new ArrayList<>();
        for (int i = 0; i < authors.size(); i++) {
            PaperJson.AuthorJson author = authors.get(i);
            if (author == null || author.name() == null || author.name().isBlank()) {
                error("`authors[" + i + "]` has no name");
            } else {
                names.add(new AuthorName(author.name(), Boolean.TRUE.equals(author.hidden())));
            }
        }
        return names;
    }

    /** The day the paper entered the digest: Hugging Face's submission, else the file's date, else its own. */
    private LocalDate day(PaperJson paper) {
        if (paper.submittedOnDailyAt() != null) {
            return dateOf("submittedOnDailyAt", paper.submittedOnDailyAt());
        }
        if (fileDay != null) {
            return fileDay;
        }
        if (paper.day() != null) {
            return dateOf("day", paper.day());
        }
        error("the record has no day: give it `day: \"YYYY-MM-DD\"`, or name its file YYYY-MM-DD.json");
        return null;
    }

    /** Accepts a date ({@code 2026-02-03}) or a UTC timestamp ({@code 2026-02-03T03:13:09.153Z}). */
    private LocalDate dateOf(String field, String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text)
                    : LocalDate.ofInstant(Instant.parse(text), ZoneOffset.UTC);
        } catch (DateTimeException e) {
            error("`" + field + "` \"" + text + "\" is not a date (expected YYYY-MM-DD or an ISO-8601 UTC time)");
            return null;
        }
    }

    private OrganizationName organization(PaperJson.OrganizationJson organization) {
        if (organization == null) {
            return null;
        }
        String handle = blankToNull(organization.name());
        String fullName = blankToNull(organization.fullname());
        return handle == null && fullName == null ? null : new OrganizationName(handle, fullName);
    }

    /** An http(s) address, or null: any other scheme could run script when a reader follows the link. */
    private String webAddress(String field, String text) {
        String address = blankToNull(text);
        if (address == null) {
            return null;
        }
        String lower = address.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return address.strip();
        }
        problems.warning(file, line, 0, "`" + field + "` \"" + address + "\" is not an http(s) address; "
                + "it is left out");
        return null;
    }

    private List<String> keywords(List<String> keywords) {
        return keywords == null ? List.of()
                : keywords.stream().filter(keyword -> keyword != null && !keyword.isBlank()).toList();
    }

    private void error(String message) {
        valid = false;
        problems.error(file, line, 0, message);
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : blankToNull(second);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
