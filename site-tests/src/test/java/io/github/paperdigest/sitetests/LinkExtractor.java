package io.github.paperdigest.sitetests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The links of a fetched resource, by its content type: every URL-valued attribute of an HTML page, the
 * {@code link} and {@code loc} URLs of an XML document (Atom and RSS feeds, sitemaps), the URL fields of a
 * JSON document (JSON Feed), the {@code url()}s of a stylesheet, and the {@code Sitemap:} lines of a
 * robots.txt. HTML pages also give the ids their fragments can point at.
 */
final class LinkExtractor {

    /**
     * What a resource links to; for an HTML page, the ids of its elements; and what keeps it from being read,
     * such as a feed that is not well-formed JSON.
     */
    record Extracted(List<Link> links, Set<String> ids, List<String> problems) {

        Extracted(List<Link> links) {
            this(links, Set.of(), List.of());
        }
    }

    /** Element selector → the attribute holding a URL. */
    private static final Map<String, String> HTML_URL_ATTRIBUTES = Map.ofEntries(
            Map.entry("a[href]", "href"),
            Map.entry("area[href]", "href"),
            Map.entry("link[href]", "href"),
            Map.entry("img[src]", "src"),
            Map.entry("script[src]", "src"),
            Map.entry("iframe[src]", "src"),
            Map.entry("embed[src]", "src"),
            Map.entry("video[src]", "src"),
            Map.entry("video[poster]", "poster"),
            Map.entry("audio[src]", "src"),
            Map.entry("source[src]", "src"),
            Map.entry("track[src]", "src"),
            Map.entry("input[src]", "src"),
            Map.entry("object[data]", "data"),
            Map.entry("blockquote[cite], q[cite], del[cite], ins[cite]", "cite"),
            // A search box leads to its page as a link does.
            Map.entry("form[action]", "action"),
            // Social previews name the page and its image by absolute URL.
            Map.entry("meta[property~=^og:(url|image|image:url|image:secure_url|video|audio)$][content]", "content"),
            Map.entry("meta[name=twitter:image][content]", "content"));

    private static final String HTML_SRCSET = "img[srcset], source[srcset]";

    /** JSON Feed's URL-valued fields, at any depth (items, authors, attachments). */
    private static final Set<String> JSON_URL_FIELDS = Set.of("url", "home_page_url", "feed_url", "external_url",
            "image", "banner_image", "icon", "favicon", "avatar");

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)");
    private static final Pattern CSS_IMPORT = Pattern.compile("@import\\s+(['\"])([^'\"]*)\\1");
    private static final Pattern REFRESH_URL = Pattern.compile("(?i)^\\s*\\d+\\s*[;,]\\s*url\\s*=\\s*['\"]?([^'\"]*)");
    private static final Pattern ROBOTS_SITEMAP = Pattern.compile("(?im)^\\s*sitemap\\s*:\\s*(\\S+)");

    private static final JsonMapper JSON = new JsonMapper();

    private LinkExtractor() {
    }

    static Extracted extract(URI uri, String contentType, String body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (type.equals("text/html")) {
            return html(uri, body);
        }
        if (type.equals("image/svg+xml")) {
            return none();
        }
        if (type.endsWith("/xml") || type.endsWith("+xml")) {
            return xml(uri, body);
        }
        if (type.endsWith("/json") || type.endsWith("+json")) {
            return json(uri, body);
        }
        if (type.equals("text/css")) {
            return new Extracted(css(uri, body));
        }
        if (type.equals("text/plain") && uri.getPath().endsWith("/robots.txt")) {
            return new Extracted(matches(uri, uri, ROBOTS_SITEMAP, 1, body));
        }
        return none();
    }

    private static Extracted none() {
        return new Extracted(List.of());
    }

    private static Extracted html(URI uri, String body) {
        Document document = Jsoup.parse(body, uri.toString());
        URI base = htmlBase(uri, document);
        List<Link> links = new ArrayList<>();
        HTML_URL_ATTRIBUTES.forEach((selector, attribute) -> {
            for (Element element : document.select(selector)) {
                links.add(Link.resolve(uri, base, element.attr(attribute)));
            }
        });
        for (Element element : document.select(HTML_SRCSET)) {
            // Candidates are "url [descriptor]", separated by commas.
            for (String candidate : element.attr("srcset").split(",")) {
                String[] parts = candidate.strip().split("\\s+");
                if (!parts[0].isEmpty()) {
                    links.add(Link.resolve(uri, base, parts[0]));
                }
            }
        }
        for (Element refresh : document.select("meta[http-equiv~=(?i)^refresh$][content]")) {
            links.addAll(matches(uri, base, REFRESH_URL, 1, refresh.attr("content")));
        }
        Set<String> ids = new HashSet<>();
        document.select("[id]").forEach(element -> ids.add(element.id()));
        return new Extracted(links, ids, List.of());
    }

    /** The page's {@code <base href>}, resolved against its address, or the address itself. */
    private static URI htmlBase(URI uri, Document document) {
        Element base = document.selectFirst("base[href]");
        if (base == null) {
            return uri;
        }
        URI target = Link.resolve(uri, uri, base.attr("href")).target();
        return target == null ? uri : target;
    }

    private static Extracted xml(URI uri, String body) {
        org.w3c.dom.Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // Feeds and sitemaps have no business with a DTD; refusing one also keeps entities out.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Fails on the first fatal error, quietly: the default handler would also print it.
            builder.setErrorHandler(new DefaultHandler());
            document = builder.parse(new InputSource(new StringReader(body)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return new Extracted(List.of(), Set.of(), List.of("not well-formed XML: " + e.getMessage()));
        }
        org.w3c.dom.Element root = document.getDocumentElement();
        String xmlBase = root.getAttributeNS(XMLConstants.XML_NS_URI, "base");
        URI base = xmlBase.isEmpty() ? uri : firstNonNull(Link.resolve(uri, uri, xmlBase).target(), uri);
        List<Link> links = new ArrayList<>();
        for (org.w3c.dom.Element link : elements(document, "link")) {
            // Atom's <link href="..."/>, or RSS's <link>url</link>.
            String written = link.hasAttribute("href") ? link.getAttribute("href") : link.getTextContent();
            links.add(Link.resolve(uri, base, written));
        }
        for (String name : List.of("loc", "icon", "logo")) {
            for (org.w3c.dom.Element element : elements(document, name)) {
                links.add(Link.resolve(uri, base, element.getTextContent()));
            }
        }
        return new Extracted(links);
    }

    /** The elements of a local name, in any namespace (Atom's, a sitemap's, RSS's none). */
    private static List<org.w3c.dom.Element> elements(org.w3c.dom.Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS("*", localName);
        List<org.w3c.dom.Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((org.w3c.dom.Element) nodes.item(i));
        }
        return elements;
    }

    private static Extracted json(URI uri, String body) {
        List<Link> links = new ArrayList<>();
        try {
            collectJsonUrls(uri, JSON.readTree(body), links);
        } catch (JsonProcessingException e) {
            return new Extracted(links, Set.of(), List.of("not well-formed JSON: " + e.getOriginalMessage()));
        }
        return new Extracted(links);
    }

    private static void collectJsonUrls(URI uri, JsonNode node, List<Link> links) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (JSON_URL_FIELDS.contains(field.getKey()) && field.getValue().isTextual()) {
                    links.add(Link.resolve(uri, uri, field.getValue().asText()));
                } else {
                    collectJsonUrls(uri, field.getValue(), links);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectJsonUrls(uri, child, links));
        }
    }

    private static List<Link> css(URI uri, String body) {
        List<Link> links = matches(uri, uri, CSS_URL, 2, body);
        links.addAll(matches(uri, uri, CSS_IMPORT, 2, body));
        links.removeIf(link -> link.written().strip().startsWith("data:"));
        return links;
    }

    private static List<Link> matches(URI uri, URI base, Pattern pattern, int group, String text) {
        List<Link> links = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            links.add(Link.resolve(uri, base, matcher.group(group)));
        }
        return links;
    }

    private static URI firstNonNull(URI first, URI second) {
        return first != null ? first : second;
    }
}
