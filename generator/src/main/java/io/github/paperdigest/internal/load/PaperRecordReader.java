package io.github.paperdigest.internal.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.paperdigest.internal.Problems;
import io.github.paperdigest.internal.load.PaperRecord.AuthorName;
import io.github.paperdigest.internal.load.PaperRecord.OrganizationName;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one {@code papers/**}{@code /*.json} file: an array of records, or a single one. Each record
 * is read on its own, so that a bad one is reported at its place and the others still load.
 */
final class PaperRecordReader {

    private static final Pattern DATED_FILE = Pattern.compile("(?:^|/)(\\d{4}-\\d{2}-\\d{2})\\.json$");

    private static final ObjectReader READER = JsonMapper.builder()
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build()
            .readerFor(PaperJson.class);

    private final Problems problems;

    PaperRecordReader(Problems problems) {
        this.problems = problems;
    }

    List<PaperRecord> read(String file, byte[] json) {
        List<PaperRecord> records = new ArrayList<>();
        LocalDate fileDay = dayOfFileName(file);
        try (JsonParser parser = READER.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                readArray(parser, file, fileDay, records);
            } else if (first == JsonToken.START_OBJECT) {
                int line = parser.currentTokenLocation().getLineNr();
                readRecord(parser, file, fileDay, line, records);
            } else {
                problems.error(file, 1, 1, first == null ? "the file is empty (expected a JSON array of paper records)"
                        : "expected a JSON array of paper records or a single record object, found " + describe(first));
            }
        } catch (JsonProcessingException e) {
            JsonProblems.report(problems, file, 0, e);
        } catch (IOException e) {
            problems.error(file, 0, 0, "cannot read: " + e.getMessage());
        }
        return records;
    }

    private void readArray(JsonParser parser, String file, LocalDate fileDay, List<PaperRecord> records)
            throws IOException {
        JsonStreamContext array = parser.getParsingContext();
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            int line = parser.currentTokenLocation().getLineNr();
            int column = parser.currentTokenLocation().getColumnNr();
            if (token == JsonToken.START_OBJECT) {
                try {
                    readRecord(parser, file, fileDay, line, records);
                } catch (DatabindException e) {
                    if (e.getCause() instanceof StreamReadException syntaxError) {
                        throw syntaxError;
                    }
                    // A value of the wrong type: the JSON itself is sound, so the next entries can be read.
                    JsonProblems.report(problems, file, 0, e);
                    skipTo(parser, array);
                }
            } else {
                problems.error(file, line, column, "entry " + index + " is " + describe(token)
                        + " (expected an object with the paper's fields)");
                parser.skipChildren();
            }
            index++;
        }
    }

    /** After a bad value inside an entry, moves on to the end of that entry. */
    private static void skipTo(JsonParser parser, JsonStreamContext array) throws IOException {
        while (parser.getParsingContext() != array) {
            if (parser.nextToken() == null) {
                return;
            }
        }
    }

    private void readRecord(JsonParser parser, String file, LocalDate fileDay, int line, List<PaperRecord> records)
            throws IOException {
        PaperJson json = READER.readValue(parser);
        PaperRecord record = new RecordConverter(file, line, fileDay).convert(json);
        if (record != null) {
            records.add(record);
        }
    }

    private static LocalDate dayOfFileName(String file) {
        Matcher matcher = DATED_FILE.matcher(file);
        if (!matcher.find()) {
            return null;
        }
        try {
            return LocalDate.parse(matcher.group(1));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case START_ARRAY -> "an array";
            default -> token.asString();
        };
    }

    /** Checks one record's fields and turns them into plain values; reports what is missing or wrong. */
    private final class RecordConverter {

        private final String file;
        private final int line;
        private final LocalDate fileDay;
        private boolean valid = true;

        RecordConverter(String file, int line, LocalDate fileDay) {
            this.file = file;
            this.line = line;
            this.fileDay = fileDay;
        }

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
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : blankToNull(second);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
