package io.github.paperdigest.internal.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One paper record as read from one file: plain values, nothing merged yet.
 *
 * @param line where the record's opening brace is; {@code column} likewise
 * @param day the day this record puts the paper in the digest
 * @param publishedOn arXiv's publication day, or null
 */
public record PaperRecord(
        String file,
        int line,
        int column,
        String id,
        String title,
        String summary,
        List<AuthorName> authors,
        LocalDate day,
        LocalDate publishedOn,
        Integer upvotes,
        Integer comments,
        OrganizationName organization,
        List<String> keywords,
        String githubRepo,
        Integer githubStars,
        String projectPage,
        String aiSummary) {

    /**
     * The hash of where the record is and its id, which equal records share: a preview looks its papers up by
     * their records, and the hash of a whole record would walk its abstract each time.
     */
    @Override
    public int hashCode() {
        return Objects.hash(file, line, column, id);
    }

    public record AuthorName(String name, boolean hidden) {
    }

    /** @param handle the Hugging Face name; @param fullName the display name, either may be null */
    public record OrganizationName(String handle, String fullName) {
    }
}
