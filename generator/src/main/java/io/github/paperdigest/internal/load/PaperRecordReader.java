package io.github.paperdigest.internal.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.paperdigest.internal.Problems;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one {@code papers/**}{@code /*.json} file: an array of records, a single record, or the
 * object some scripts save around the array ({@code {"status": …, "date": …, "data": [...]}}),
 * whose {@code data} is read. Each record is read on its own, so that a bad one is reported at its
 * place and the others still load. A reader reads one file, and keeps that file's drafts and
 * rejected ids.
 */
final class PaperRecordReader {

    private static final Pattern DATED_FILE = Pattern.compile("(?:^|/)(\\d{4}-\\d{2}-\\d{2})\\.json$");

    /**
     * How deeply arrays and objects may nest: the API's files nest six levels at most. Jackson's default,
     * 1,000, let a record whose {@code paper} holds a {@code paper}, hundreds deep, overflow the stack while
     * Jackson bound it; past this limit the file gets a problem instead.
     */
    private static final int MAX_NESTING_DEPTH = 100;

    private static final ObjectReader READER = mapper().readerFor(PaperJson.class);

    private final Problems problems;
    private final LocalDate today;
    private final Set<String> rejectedIds = new HashSet<>();
    private final List<DraftRecord> drafts = new ArrayList<>();

    PaperRecordReader(Problems problems, LocalDate today) {
        this.problems = problems;
        this.today = today;
    }

    /**
     * A field given twice is a mistake that silently keeping one would hide; so is a number or a
     * boolean where text is expected.
     */
    private static JsonMapper mapper() {
        JsonFactory json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .build();
        JsonMapper mapper = JsonMapper.builder(json)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /** Ids of records that had errors, for {@link LoadedContent#rejectedPaperIds()}. */
    Set<String> rejectedIds() {
        return rejectedIds;
    }

    /** The file's drafts, by position. */
    List<DraftRecord> drafts() {
        return List.copyOf(drafts);
    }

    List<PaperRecord> read(String file, byte[] json) {
        List<PaperRecord> records = new ArrayList<>();
        FileDay fileDay = dayOfFileName(file);
        try (JsonParser parser = READER.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                readArray(parser, file, fileDay, records);
            } else if (first == JsonToken.START_OBJECT && WrapperObject.isWrapper(json)) {
                if (WrapperObject.enterData(parser)) {
                    readArray(parser, file, fileDay, records);
                    WrapperObject.skipRest(parser);
                } else {
                    problems.error(file, 1, 1, "the object's `data` is not a list (expected `\"data\": [...]` "
                            + "holding the paper records)");
                    return records;
                }
            } else if (first == JsonToken.START_OBJECT) {
                readRecord(parser, file, fileDay, records);
            } else {
                problems.error(file, 1, 1, "the file holds " + ValueText.kindOf(first)
                        + " (expected a JSON array of paper records, or one record object)");
                return records;
            }
            if (parser.nextToken() != null) {
                problems.error(file, parser.currentTokenLocation().getLineNr(),
                        parser.currentTokenLocation().getColumnNr(), "more JSON follows the end of the "
                        + (first == JsonToken.START_ARRAY ? "array" : "object")
                        + " (expected the file to end: put every record in one array)");
            }
        } catch (JsonProcessingException e) {
            JsonProblems.report(problems, file, json, e);
        } catch (IOException e) {
            problems.error(file, 0, 0, "cannot read: " + e.getMessage());
        }
        return records;
    }

    private void readArray(JsonParser parser, String file, FileDay fileDay, List<PaperRecord> records)
            throws IOException {
        JsonStreamContext array = parser.getParsingContext();
        PythonReprEntries pythonEntries = new PythonReprEntries();
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == null) {
                return;
            }
            int line = parser.currentTokenLocation().getLineNr();
            int column = parser.currentTokenLocation().getColumnNr();
            if (token == JsonToken.START_OBJECT) {
                try {
                    readRecord(parser, file, fileDay, records);
                } catch (DatabindException e) {
                    if (e.getCause() instanceof StreamReadException
                            || e.getCause() instanceof StreamConstraintsException) {
                        // Bad JSON, or JSON beyond the limits: the parser cannot go on to the next entries.
                        throw (JsonProcessingException) e.getCause();
                    }
                    // A value of the wrong type: the JSON itself is sound, so the next entries can be read.
                    JsonProblems.report(problems, file, null, e);
                    skipTo(parser, array);
                }
            } else if (token == JsonToken.VALUE_STRING && PythonReprEntries.isPythonRepr(parser.getText())) {
                pythonEntries.add(line, column, parser.getText());
            } else {
                problems.error(file, line, column, "entry " + index + " is " + ValueText.kindOf(token)
                        + " (expected an object with the paper's fields)");
                parser.skipChildren();
            }
            index++;
        }
        pythonEntries.report(problems, file);
    }

    /** After a bad value inside an entry, moves on to the end of that entry. */
    private static void skipTo(JsonParser parser, JsonStreamContext array) throws IOException {
        while (parser.getParsingContext() != array) {
            if (parser.nextToken() == null) {
                return;
            }
        }
    }

    private void readRecord(JsonParser parser, String file, FileDay fileDay, List<PaperRecord> records)
            throws IOException {
        LocatingParser located = new LocatingParser(parser);
        PaperJson json = READER.readValue(located);
        if (json.isDraft()) {
            // Unfinished by design: its missing or empty fields are what the editor has still to fill in.
            String id = ArxivId.normalize(json.paper() != null ? json.paper().id() : json.id());
            drafts.add(new DraftRecord(file, located.start().getLineNr(), located.start().getColumnNr(), id));
            return;
        }
        RecordConverter converter = new RecordConverter(problems, file, located, fileDay, today);
        PaperRecord record = converter.convert(json);
        if (record != null) {
            records.add(record);
        } else if (converter.id() != null) {
            rejectedIds.add(converter.id());
        }
    }

    /**
     * The day a file's name gives its records without one of their own.
     *
     * @param date the day, or null when the name gives none or a wrong one
     * @param named whether the name is a date, right or wrong: records then need no error of their own
     */
    record FileDay(LocalDate date, boolean named) {
    }

    /** The date a file is named by, if it is; a name that looks like a date but is not one is an error. */
    private FileDay dayOfFileName(String file) {
        Matcher matcher = DATED_FILE.matcher(file);
        if (!matcher.find()) {
            return new FileDay(null, false);
        }
        Dates.Checked day = Dates.parseDay(matcher.group(1), today);
        if (day.problem() != null) {
            problems.error(file, 0, 0, "the file is named by the date " + matcher.group(1) + ", which "
                    + day.problem());
        }
        return new FileDay(day.date(), true);
    }
}
