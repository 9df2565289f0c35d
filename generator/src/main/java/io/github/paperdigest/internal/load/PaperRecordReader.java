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
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
        PaperRecord record = new RecordConverter(problems, file, line, fileDay).convert(json);
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
}
