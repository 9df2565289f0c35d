package io.github.paperdigest.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the word lists shipped beside this class: one entry a line, {@code #} starts a comment line, and
 * {@code [name]} starts a section. Lists keep their file order, which for ranked lists is the frequency rank.
 */
final class WordLists {

    private WordLists() {
    }

    /** The entries of a list without sections, in file order. */
    static List<String> list(String resource) {
        return sections(resource).get("");
    }

    /** Each section's entries, by section name; entries before the first header are in section "". */
    static Map<String, List<String>> sections(String resource) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = new ArrayList<>();
        sections.put("", current);
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + WordLists.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    current = new ArrayList<>();
                    sections.put(entry.substring(1, entry.length() - 1), current);
                } else {
                    current.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return sections;
    }
}
