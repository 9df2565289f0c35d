package io.github.paperdigest.internal.cite;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paperdigest.model.Author;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Topic;

/**
 * A paper as a schema.org {@code ScholarlyArticle}, the JSON-LD that search engines read from a
 * paper's page: its title, authors, date, abstract, arXiv id and DOI, and topics.
 */
public final class ScholarlyArticle {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScholarlyArticle() {
    }

    /**
     * @param pageUrl the paper's page as an absolute URL, or null when the site has no absolute base URL
     * @return JSON safe to write inside a {@code <script type="application/ld+json">} element
     */
    public static String jsonLd(Paper paper, String pageUrl) {
        ObjectNode article = NODES.objectNode();
        article.put("@context", "https://schema.org");
        article.put("@type", "ScholarlyArticle");
        article.put("name", paper.title());
        article.put("headline", paper.title());
        ArrayNode authors = article.putArray("author");
        for (Author author : paper.authors()) {
            authors.addObject().put("@type", PersonName.parse(author.name()).organization() ? "Organization" : "Person")
                    .put("name", author.name());
        }
        article.put("datePublished", Citations.date(paper).toString());
        if (paper.summary() != null) {
            article.put("abstract", paper.summary());
        }
        ArrayNode identifiers = article.putArray("identifier");
        identifiers.addObject().put("@type", "PropertyValue").put("propertyID", "arXiv").put("value", paper.id());
        identifiers.addObject().put("@type", "PropertyValue").put("propertyID", "DOI")
                .put("value", Citations.doi(paper));
        article.putArray("sameAs").add(Citations.abstractUrl(paper)).add("https://doi.org/" + Citations.doi(paper));
        if (!paper.topics().isEmpty()) {
            ArrayNode keywords = article.putArray("keywords");
            paper.topics().stream().map(Topic::name).forEach(keywords::add);
        }
        if (pageUrl != null) {
            article.put("url", pageUrl);
        }
        return HtmlSafeJson.write(article);
    }
}
