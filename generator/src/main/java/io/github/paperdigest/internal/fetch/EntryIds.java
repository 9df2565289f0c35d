package io.github.paperdigest.internal.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paperdigest.internal.load.ArxivId;

/** Which paper an entry is about, by the generator's rule: its {@code paper}'s id, else its own. */
final class EntryIds {

    private EntryIds() {
    }

    /** The entry's normalized arXiv id, or null when it has none that can be read. */
    static String idOf(JsonNode entry) {
        JsonNode paper = entry.get("paper");
        JsonNode id = paper != null && !paper.isNull() ? paper.get("id") : entry.get("id");
        return id != null && id.isTextual() ? ArxivId.normalize(id.textValue()) : null;
    }
}
