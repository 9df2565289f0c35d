package io.github.paperdigest.internal.load;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.paperdigest.internal.Problems;
import io.github.paperdigest.model.Site;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads {@code site.yaml}; every setting has a default, so the file itself is optional. */
final class SiteSettingsReader {

    static final String FILE = "site.yaml";

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final int DEFAULT_ITEMS_PER_PAGE = 25;
    private static final int DEFAULT_FEED_ENTRIES = 50;
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    /** A host name of two or more DNS labels, as GitHub Pages accepts in {@code CNAME}. */
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final String KNOWN =
            "title, description, baseUrl, language, itemsPerPage, feedEntries, domain, searchAbstracts";

    record SiteFields(String title, String description, String baseUrl, String language, Integer itemsPerPage,
            Integer feedEntries, String domain, Boolean searchAbstracts, @JsonAnySetter Map<String, Object> unknown) {
    }

    private final Problems problems;

    SiteSettingsReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * @param yaml the file's text, or null when there is no {@code site.yaml}
     * @param baseUrlOverride the build's base URL, which wins over the file's; may be null
     * @param previewOrigin the origin a local preview is served at, replacing the base URL's; may be null
     */
    Site read(String yaml, String baseUrlOverride, String previewOrigin) {
        SiteFields fields = parse(yaml);
        if (fields.unknown() != null) {
            for (String key : new TreeMap<>(fields.unknown()).keySet()) {
                problems.warning(FILE, YamlKeys.lineOf(yaml, key), 1, "unknown setting `" + key
                        + "` is ignored (known settings: " + KNOWN + ")");
            }
        }
        String language = fields.language() == null ? "en" : fields.language().strip();
        if (!LANGUAGE.matcher(language).matches()) {
            problems.error(FILE, YamlKeys.lineOf(yaml, "language"), 1, "`language` " + ValueText.quote(language)
                    + " is not a language tag (expected, say, en or pt-BR)");
            language = "en";
        }
        int itemsPerPage = count(yaml, "itemsPerPage", fields.itemsPerPage(), DEFAULT_ITEMS_PER_PAGE);
        int feedEntries = count(yaml, "feedEntries", fields.feedEntries(), DEFAULT_FEED_ENTRIES);
        String domain = domain(yaml, fields.domain());
        boolean overridden = baseUrlOverride != null && !baseUrlOverride.isBlank();
        String configured = overridden ? baseUrlOverride : fields.baseUrl();
        String source = overridden ? "the base URL option" : FILE;
        BaseUrl base = BaseUrl.parse(configured == null ? "/" : configured.strip());
        if (base == null) {
            problems.error(source, overridden ? 0 : YamlKeys.lineOf(yaml, "baseUrl"), overridden ? 0 : 1, "base URL "
                    + ValueText.quote(configured) + " is neither an http(s) URL nor a path "
                    + "starting with / (expected, say, https://user.github.io/repo/)");
            base = new BaseUrl(null, "/");
        }
        if (domain != null && base.absolute() != null
                && !domain.equalsIgnoreCase(URI.create(base.absolute()).getHost())) {
            problems.warning(FILE, YamlKeys.lineOf(yaml, "domain"), 1, "`domain` " + domain + " is not the host of "
                    + "the base URL " + base.absolute() + "; GitHub Pages serves a site with a custom domain at that "
                    + "domain's root (set it in the repository's Pages settings too)");
        }
        // A preview's absolute links (feeds, canonical links) lead back to the preview, not to the published site.
        String absolute = previewOrigin == null ? base.absolute() : previewOrigin + base.path();
        return new Site(orDefault(fields.title(), "Paper Digest"), orDefault(fields.description(), ""),
                absolute, base.path(), language, itemsPerPage, feedEntries, domain,
                Boolean.TRUE.equals(fields.searchAbstracts()));
    }

    private int count(String yaml, String key, Integer value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 1 || value > 1000) {
            problems.error(FILE, YamlKeys.lineOf(yaml, key), 1, "`" + key + "` " + value
                    + " is out of range (expected 1 to 1000)");
            return fallback;
        }
        return value;
    }

    private String domain(String yaml, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String domain = value.strip().toLowerCase(Locale.ROOT);
        if (!DOMAIN.matcher(domain).matches()) {
            problems.error(FILE, YamlKeys.lineOf(yaml, "domain"), 1, "`domain` " + ValueText.quote(value)
                    + " is not a domain name (expected a host name alone, such as digest.example.org, "
                    + "without https:// or a path)");
            return null;
        }
        return domain;
    }

    private SiteFields parse(String yaml) {
        if (yaml != null && !yaml.isBlank()) {
            try {
                SiteFields fields = YAML.readValue(yaml, SiteFields.class);
                if (fields != null) {
                    return fields;
                }
            } catch (JsonProcessingException e) {
                JsonProblems.reportYaml(problems, FILE, 0, e);
            }
        }
        return new SiteFields(null, null, null, null, null, null, null, null, null);
    }

    private static String orDefault(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text.strip();
    }

    /** A base URL split into its absolute form (or null) and its path, both ending in {@code /}. */
    record BaseUrl(String absolute, String path) {

        static BaseUrl parse(String text) {
            String withSlash = text.endsWith("/") ? text : text + "/";
            try {
                URI uri = new URI(withSlash);
                if (uri.getScheme() == null && uri.getHost() == null && withSlash.startsWith("/")
                        && uri.getQuery() == null && uri.getFragment() == null) {
                    return new BaseUrl(null, uri.getRawPath());
                }
                boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
                if (web && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null) {
                    return new BaseUrl(withSlash, uri.getRawPath());
                }
            } catch (URISyntaxException e) {
                return null;
            }
            return null;
        }
    }
}
