package io.github.paperdigest.internal.load;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.paperdigest.internal.Problems;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads notes and free pages: YAML front matter, then a Markdown body. */
final class MarkdownDocumentReader {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    record NoteFields(String paper, List<String> topics, String editor, String day, String title,
            @JsonAnySetter Map<String, Object> unknown) {
    }

    record PageFields(String title, @JsonAnySetter Map<String, Object> unknown) {
    }

    private final Problems problems;
    private final LocalDate today;
    private final MarkdownRenderer markdown;

    /** @param markdown shared by every file's reader, its parser and renderer being built once */
    MarkdownDocumentReader(Problems problems, LocalDate today, MarkdownRenderer markdown) {
        this.problems = problems;
        this.today = today;
        this.markdown = markdown;
    }

    NoteRecord readNote(String file, String text) {
        FrontMatter document = split(file, text);
        if (document == null) {
            return null;
        }
        NoteFields fields = fields(file, document, NoteFields.class);
        if (fields == null) {
            return null;
        }
        warnAboutUnknownKeys(file, document, fields.unknown(), "paper, topics, editor, day, title");
        int paperLine = lineOf(document, "paper");
        String paperId = ArxivId.normalize(fields.paper());
        if (fields.paper() == null) {
            problems.error(file, 1, 1, "the note has no `paper:` in its front matter (expected the arXiv id of "
                    + "the paper it is about, such as `paper: 2602.02493`)");
            return null;
        }
        if (paperId == null) {
            problems.error(file, paperLine, 1, "`paper` " + ValueText.quote(fields.paper()) + " is not an arXiv id"
                    + (ArxivId.couldNameAPath(fields.paper()) ? " and could name a path outside the site" : "")
                    + " (expected YYMM.NNNNN, such as 2602.02493)");
            return null;
        }
        LocalDate day = null;
        if (fields.day() != null) {
            Dates.Checked checked = Dates.parseDay(fields.day(), today);
            if (checked.problem() != null) {
                problems.error(file, lineOf(document, "day"), 1,
                        "`day` " + ValueText.quote(fields.day()) + " " + checked.problem());
                return null;
            }
            day = checked.date();
        }
        List<String> topics = fields.topics() == null ? List.of()
                : fields.topics().stream().filter(topic -> topic != null && !topic.isBlank()).toList();
        String html = html(file, document);
        return html == null ? null : new NoteRecord(file, paperLine, paperId, blankToNull(fields.title()),
                blankToNull(fields.editor()), day, topics, html);
    }

    PageRecord readPage(String file, String path, String defaultTitle, String text) {
        FrontMatter document = split(file, text);
        if (document == null) {
            return null;
        }
        PageFields fields = fields(file, document, PageFields.class);
        if (fields == null) {
            return null;
        }
        warnAboutUnknownKeys(file, document, fields.unknown(), "title");
        String title = fields.title() == null || fields.title().isBlank() ? defaultTitle : fields.title();
        String html = html(file, document);
        return html == null ? null : new PageRecord(file, path, title, html);
    }

    /** The body as HTML; null, with the problem reported, when the Markdown parser cannot take it. */
    private String html(String file, FrontMatter document) {
        String html = markdown.toHtml(document.body());
        if (html == null) {
            problems.error(file, 0, 0, "the Markdown nests too deeply for the Markdown parser, or has too long a "
                    + "line of `-`, `_` or `*` (expected fewer than a few hundred levels of `>` or of lists, and "
                    + "dividers of fewer than a thousand characters)");
        }
        return html;
    }

    private FrontMatter split(String file, String text) {
        FrontMatter document = FrontMatter.split(text);
        if (document == null) {
            problems.error(file, 1, 1, "the front matter opened by `---` is never closed (expected a `---` line "
                    + "after it)");
        }
        return document;
    }

    /** The front matter's fields; null, with the problem reported, when it is not valid YAML of that shape. */
    private <T> T fields(String file, FrontMatter document, Class<T> type) {
        try {
            // A front matter of only comments reads as null: treat it, like none at all, as an empty map.
            T fields = document.yaml().isBlank() ? null : YAML.readValue(document.yaml(), type);
            return fields != null ? fields : YAML.readValue("{}", type);
        } catch (JsonProcessingException e) {
            JsonProblems.reportYaml(problems, file, document.firstLine() - 1, e);
            return null;
        }
    }

    private void warnAboutUnknownKeys(String file, FrontMatter document, Map<String, Object> unknown,
            String known) {
        if (unknown == null) {
            return;
        }
        for (String key : new TreeMap<>(unknown).keySet()) {
            problems.warning(file, lineOf(document, key), 1,
                    "unknown front matter key `" + key + "` is ignored (known keys: " + known + ")");
        }
    }

    /** The file line a top-level front matter key is on, or 1 when it cannot be found. */
    private static int lineOf(FrontMatter document, String key) {
        int line = YamlKeys.lineOf(document.yaml(), key);
        return line == 0 ? 1 : document.firstLine() + line - 1;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
