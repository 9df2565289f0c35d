package io.github.paperdigest.internal.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import io.github.paperdigest.Problem;
import io.github.paperdigest.internal.catalog.UrlScheme;
import io.github.paperdigest.internal.plan.NavLink;
import io.github.paperdigest.model.Site;
import io.github.paperdigest.page.FeedLink;
import io.github.paperdigest.page.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders pages with FreeMarker. Templates come from the theme on the class path; a file of the
 * same name in the content's {@code templates/} folder replaces the theme's. {@code .ftlh} templates
 * escape every interpolation as HTML. Built once per build: FreeMarker's configuration and its
 * templates are thread-safe, so pages render in parallel.
 */
public final class TemplateEngine {

    static final String THEME_TEMPLATES = "paper-digest/theme/templates";

    private static final Pattern REPEATED_LOCATION = Pattern.compile("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]");
    private static final Pattern MANUAL_REFERENCE = Pattern.compile("\\s*\\(See FreeMarker Manual[^)]*\\)");
    private static final Pattern NULL_OR_MISSING = Pattern.compile("The following has evaluated to null or missing: ==> (.*)");

    /** About 4 KB each, so at most about 1 GB: the cards of 100,000 papers under both their headings. */
    private static final int CACHED_FRAGMENTS = 250_000;

    private final Configuration configuration;
    private final Path overrides;

    /**
     * @param overrides the content's {@code templates/} folder, or null
     * @param navigation the main menu, shared by every page
     * @param siteFeeds the site-wide feeds, which every page announces
     */
    public TemplateEngine(Path overrides, Site site, List<NavLink> navigation, List<FeedLink> siteFeeds)
            throws IOException {
        this.overrides = overrides;
        configuration = new Configuration(Configuration.VERSION_2_3_35);
        configuration.setObjectWrapper(RecordWrapper.INSTANCE);
        configuration.setTemplateLoader(loader(overrides));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.forLanguageTag(site.language()));
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        try {
            configuration.setSharedVariable("site", site);
            configuration.setSharedVariable("base", site.basePath());
            configuration.setSharedVariable("navigation", navigation);
            configuration.setSharedVariable("siteFeeds", siteFeeds);
            configuration.setSharedVariable("searchPath", UrlScheme.SEARCH);
            configuration.setSharedVariable("formatDate", new FormatDateMethod(configuration.getLocale()));
            configuration.setSharedVariable("tex", TexMethods.TEX);
            configuration.setSharedVariable("excerpt", TexMethods.EXCERPT);
            configuration.setSharedVariable("hasMath", TexMethods.HAS_MATH);
            configuration.setSharedVariable("cached", new CachedDirective(new FragmentCache(CACHED_FRAGMENTS)));
        } catch (TemplateModelException e) {
            throw new IllegalStateException("the model cannot be wrapped for FreeMarker", e);
        }
    }

    private static TemplateLoader loader(Path overrides) throws IOException {
        ClassTemplateLoader theme = new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), THEME_TEMPLATES);
        if (overrides == null) {
            return theme;
        }
        return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(overrides.toFile()), theme});
    }

    /**
     * @return the page's HTML in UTF-8
     * @throws TemplateFailure when a template is missing, does not parse, or fails on this page's data
     */
    public byte[] render(Page page) throws TemplateFailure, IOException {
        try {
            Template template = configuration.getTemplate(page.template());
            Utf8Buffer html = new Utf8Buffer(32 * 1024);
            template.process(Map.of("page", page), html);
            return html.toByteArray();
        } catch (ParseException e) {
            throw parseFailure(e);
        } catch (TemplateException e) {
            throw new TemplateFailure(problem(e.getTemplateSourceName(), lineOf(e.getLineNumber()),
                    lineOf(e.getColumnNumber()), summary(e.getMessageWithoutStackTop())));
        } catch (TemplateNotFoundException e) {
            throw new TemplateFailure(Problem.error("templates/" + e.getTemplateName(), 0, 0,
                    "no such template in templates/ or in the theme"));
        } catch (IOException e) {
            // FreeMarker caches a template that failed to parse and tells the next page only that it failed before.
            if (e.getCause() instanceof ParseException parse) {
                throw parseFailure(parse);
            }
            throw e;
        }
    }

    private TemplateFailure parseFailure(ParseException e) {
        return new TemplateFailure(problem(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
                summary(e.getEditorMessage())));
    }

    private Problem problem(String templateName, int line, int column, String message) {
        String name = templateName == null ? "template" : templateName;
        boolean overridden = overrides != null && Files.isRegularFile(overrides.resolve(name));
        return Problem.error(overridden ? "templates/" + name : "theme:" + name, line, column, message);
    }

    private static int lineOf(Integer number) {
        return number == null ? 0 : number;
    }

    /** FreeMarker's message in one line, without the tips, the stack and the location it repeats. */
    private static String summary(String message) {
        StringBuilder text = new StringBuilder();
        for (String line : (message == null ? "template error" : message).strip().split("\\R")) {
            if (line.startsWith("----") || line.startsWith("Tip:")) {
                break;
            }
            if (!line.isBlank()) {
                text.append(text.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        String summary = REPEATED_LOCATION.matcher(text).replaceAll("");
        summary = MANUAL_REFERENCE.matcher(summary).replaceAll("");
        Matcher missing = NULL_OR_MISSING.matcher(summary);
        if (missing.matches()) {
            summary = "`" + missing.group(1).strip() + "` is null or missing (write `" + missing.group(1).strip()
                    + "!` or test it with `??` where it may be absent)";
        }
        return summary.replaceAll("\\s{2,}", " ").strip();
    }

    /** A template could not render a page; carries the problem, located in the template. */
    public static final class TemplateFailure extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient Problem problem;

        TemplateFailure(Problem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}
