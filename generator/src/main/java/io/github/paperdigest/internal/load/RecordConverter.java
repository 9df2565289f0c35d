package io.github.paperdigest.internal.load;

import com.fasterxml.jackson.core.JsonLocation;
import io.github.paperdigest.internal.Problems;
import io.github.paperdigest.internal.load.PaperRecord.AuthorName;
import io.github.paperdigest.internal.load.PaperRecord.OrganizationName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks one record's fields and turns them into plain values, reporting what is missing at the
 * record's opening brace and what is wrong at the field's own line. One converter per record.
 */
final class RecordConverter {

    private final Problems problems;
    private final String file;
    private final LocatingParser locations;
    private final PaperRecordReader.FileDay fileDay;
    private final LocalDate today;
    private String prefix = "";
    private String id;
    private boolean valid = true;

    RecordConverter(Problems problems, String file, LocatingParser locations,
            PaperRecordReader.FileDay fileDay, LocalDate today) {
        this.problems = problems;
        this.file = file;
        this.locations = locations;
        this.fileDay = fileDay;
        this.today = today;
    }

    /** The record's arXiv id once converted, if it has a valid one, even when other fields are wrong. */
    String id() {
        return id;
    }

    /** @return the record, or null when it has errors */
    PaperRecord convert(PaperJson entry) {
        PaperJson paper = entry.paper() != null ? entry.paper() : entry;
        prefix = entry.paper() != null ? "paper." : "";
        id = ArxivId.normalize(paper.id());
        if (paper.id() == null) {
            error(null, "the record has no `" + prefix + "id` (expected the paper's arXiv id, such as 2602.02493)");
        } else if (id == null) {
            error("id", "`" + prefix + "id` " + ValueText.quote(paper.id()) + " is not an arXiv id"
                    + (ArxivId.couldNameAPath(paper.id()) ? " and could name a path outside the site" : "")
                    + " (expected YYMM.NNNNN, such as 2602.02493)");
        }
        // A daily entry's own title keeps arXiv's TeX ("$\nabla^2$DFT") where its paper's has lost it
        // ("nabla^2DFT"), in the 2024 files; elsewhere the two are the same.
        String title = firstNonBlank(entry.title(), paper.title());
        if (title == null) {
            error(null, "the record has no `" + prefix + "title`");
        }
        List<AuthorName> authors = authors(paper.authors());
        LocalDate day = day(paper);
        LocalDate publishedOn = paper.publishedAt() == null ? null : dateOf("publishedAt", paper.publishedAt());
        if (!valid) {
            return null;
        }
        JsonLocation start = locations.start();
        OrganizationName organization = organization(paper.organization() != null
                ? paper.organization() : entry.organization());
        return new PaperRecord(file, start.getLineNr(), start.getColumnNr(), id, title,
                firstNonBlank(paper.summary(), entry.summary()), authors, day, publishedOn, paper.upvotes(),
                entry.numComments() != null ? entry.numComments() : paper.numComments(),
                organization, keywords(paper.aiKeywords()), webAddress("githubRepo", paper.githubRepo()),
                paper.githubStars(), webAddress("projectPage", paper.projectPage()),
                blankToNull(paper.aiSummary()));
    }

    private List<AuthorName> authors(List<PaperJson.AuthorJson> authors) {
        if (authors == null) {
            error(null, "the record has no `" + prefix + "authors` (expected a list of at least one author)");
            return List.of();
        }
        if (authors.isEmpty()) {
            error("authors", "`" + prefix + "authors` is empty (expected at least one author)");
            return List.of();
        }
        List<AuthorName> names = new ArrayList<>();
        for (int i = 0; i < authors.size(); i++) {
            PaperJson.AuthorJson author = authors.get(i);
            if (author == null || author.name() == null || author.name().isBlank()) {
                error("authors[" + i + "]", "`" + prefix + "authors[" + i + "]` has no name");
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
        if (fileDay.date() != null) {
            return fileDay.date();
        }
        if (paper.day() != null) {
            return dateOf("day", paper.day());
        }
        if (fileDay.named()) {
            // The file's name is wrong, and reported once for the file.
            valid = false;
            return null;
        }
        error(null, "the record has no day (expected `\"day\": \"YYYY-MM-DD\"`, or a file named YYYY-MM-DD.json)");
        return null;
    }

    private LocalDate dateOf(String field, String text) {
        Dates.Checked date = Dates.parse(text, today);
        if (date.problem() != null) {
            error(field, "`" + prefix + field + "` " + ValueText.quote(text) + " " + date.problem());
        }
        return date.date();
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
        JsonLocation location = locations.locationOf(prefix + field);
        problems.warning(file, location.getLineNr(), location.getColumnNr(), "`" + prefix + field + "` "
                + ValueText.quote(address) + " is not an http(s) address, so it is left out");
        return null;
    }

    private List<String> keywords(List<String> keywords) {
        return keywords == null ? List.of()
                : keywords.stream().filter(keyword -> keyword != null && !keyword.isBlank()).toList();
    }

    /** @param field the field at fault, located by its own line; null for the record as a whole */
    private void error(String field, String message) {
        valid = false;
        JsonLocation location = field == null ? locations.start() : locations.locationOf(prefix + field);
        problems.error(file, location.getLineNr(), location.getColumnNr(), message);
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : blankToNull(second);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
