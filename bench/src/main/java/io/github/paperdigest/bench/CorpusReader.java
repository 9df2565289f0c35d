package io.github.paperdigest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a synthetic digest back, for the Hugo site of the same papers: the records of {@code papers/*.json}
 * (arrays of Hugging Face daily papers entries) and the notes of {@code notes/*.md}. It reads what
 * {@link SyntheticCorpus} writes, one record per paper and notes in {@link NoteMarkdown}'s front matter, not
 * every shape the generator accepts.
 */
final class CorpusReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusReader() {
    }

    /**
     * A paper as the Hugo site shows it.
     *
     * @param day the day it entered the digest: its {@code submittedOnDailyAt} date, in UTC
     * @param organization the organisation's Hugging Face handle, which keys it; null when there is none
     * @param organizationName the organisation's full name; null when there is none
     * @param topics its {@code ai_keywords}, then its note's topics, case aside, each once
     * @param note the note's Markdown body; null when the paper has no note
     */
    record Paper(String id, String title, LocalDate day, List<String> authors, List<String> topics,
            String organization, String organizationName, int upvotes, String summary, Note note) {
    }

    /** An editor's note: its front matter's editor, title and topics, and its Markdown body. */
    record Note(String paper, String editor, String title, List<String> topics, String body) {
    }

    /** Every paper of the digest, oldest day first, then by id. */
    static List<Paper> read(Path content) throws IOException {
        Map<String, Note> notes = new LinkedHashMap<>();
        for (Path file : files(content.resolve("notes"), ".md")) {
            Note note = note(Files.readString(file));
            notes.put(note.paper(), note);
        }
        List<Paper> papers = new ArrayList<>();
        for (Path file : files(content.resolve("papers"), ".json")) {
            for (JsonNode entry : JSON.readTree(file.toFile())) {
                papers.add(paper(entry, notes));
            }
        }
        papers.sort(Comparator.comparing(Paper::day).thenComparing(Paper::id));
        return papers;
    }

    private static Paper paper(JsonNode entry, Map<String, Note> notes) {
        JsonNode paper = entry.path("paper");
        String id = paper.path("id").asText();
        List<String> authors = new ArrayList<>();
        for (JsonNode author : paper.path("authors")) {
            if (!author.path("hidden").asBoolean(false)) {
                authors.add(author.path("name").asText());
            }
        }
        Note note = notes.get(id);
        Set<String> folded = new LinkedHashSet<>();
        List<String> topics = new ArrayList<>();
        List<String> noteTopics = note == null ? List.of() : note.topics();
        for (String topic : Stream.concat(stream(paper.path("ai_keywords")), noteTopics.stream()).toList()) {
            if (folded.add(topic.toLowerCase(Locale.ROOT))) {
                topics.add(topic);
            }
        }
        JsonNode organization = paper.path("organization");
        LocalDate day = LocalDate.ofInstant(Instant.parse(paper.path("submittedOnDailyAt").asText()), ZoneOffset.UTC);
        return new Paper(id, paper.path("title").asText(), day, authors, topics,
                organization.isObject() ? organization.path("name").asText() : null,
                organization.isObject() ? organization.path("fullname").asText() : null,
                paper.path("upvotes").asInt(), paper.path("summary").asText(), note);
    }

    private static Stream<String> stream(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values.stream();
    }

    /** Reads the front matter {@link NoteMarkdown} writes: plain or double-quoted scalars, a block list of topics. */
    static Note note(String text) {
        String[] lines = text.split("\n", -1);
        if (!lines[0].equals("---")) {
            throw new IllegalArgumentException("a note without front matter");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> topics = new ArrayList<>();
        int i = 1;
        for (; i < lines.length && !lines[i].equals("---"); i++) {
            String line = lines[i];
            if (line.startsWith("  - ")) {
                topics.add(unquoted(line.substring(4)));
            } else if (line.contains(":")) {
                int colon = line.indexOf(':');
                fields.put(line.substring(0, colon), unquoted(line.substring(colon + 1).strip()));
            }
        }
        StringBuilder body = new StringBuilder();
        for (int b = i + 1; b < lines.length; b++) {
            body.append(lines[b]).append(b + 1 < lines.length ? "\n" : "");
        }
        return new Note(fields.get("paper"), fields.get("editor"), fields.get("title"), List.copyOf(topics),
                body.toString().strip());
    }

    private static String unquoted(String value) {
        if (value.length() < 2 || !value.startsWith("\"") || !value.endsWith("\"")) {
            return value;
        }
        // NoteMarkdown escapes only backslashes and double quotes: a backslash takes the next character as it is.
        StringBuilder text = new StringBuilder(value.length());
        for (int i = 1; i < value.length() - 1; i++) {
            char c = value.charAt(i);
            text.append(c == '\\' && i + 2 < value.length() ? value.charAt(++i) : c);
        }
        return text.toString();
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix) && Files.isRegularFile(file))
                    .sorted().toList();
        }
    }
}
