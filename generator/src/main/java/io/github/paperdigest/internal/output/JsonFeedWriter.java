package io.github.paperdigest.internal.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.paperdigest.internal.plan.Feed;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Site;
import io.github.paperdigest.model.Topic;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes a feed as a JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Every URL in it is absolute. */
final class JsonFeedWriter {

    private static final String VERSION = "https://jsonfeed.org/version/1.1";
    private static final ObjectWriter JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .build()
            .writerWithDefaultPrettyPrinter();

    record Document(String version, String title, String homePageUrl, String feedUrl, String description,
            String language, List<Person> authors, List<Item> items) {
    }

    record Item(String id, String url, String externalUrl, String title, String contentHtml,
            String datePublished, List<Person> authors, List<String> tags) {
    }

    record Person(String name, String url) {
    }

    private final Site site;

    /** @param site whose base URL is absolute */
    JsonFeedWriter(Site site) {
        this.site = site;
    }

    byte[] write(Feed feed) {
        String base = site.baseUrl();
        List<Item> items = feed.entries().stream().map(this::item).toList();
        Document document = new Document(VERSION, feed.title(), base + feed.pagePath(), base + feed.jsonPath(),
                site.description().isBlank() ? null : site.description(), site.language(),
                List.of(new Person(site.title(), base)), items);
        try {
            return (JSON.writeValueAsString(document) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON feed could not be written", e);
        }
    }

    private Item item(Paper paper) {
        String base = site.baseUrl();
        List<Person> authors = EntryContent.namedAuthors(paper).stream()
                .map(author -> new Person(author.name(), base + author.path())).toList();
        List<String> tags = paper.topics().stream().map(Topic::name).toList();
        return new Item(base + paper.path(), base + paper.path(), EntryContent.arxivPage(paper), paper.title(),
                EntryContent.html(paper), EntryContent.timestamp(paper.day().date()),
                authors.isEmpty() ? null : authors, tags.isEmpty() ? null : tags);
    }
}
