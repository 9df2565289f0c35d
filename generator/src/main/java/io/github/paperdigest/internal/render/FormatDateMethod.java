package io.github.paperdigest.internal.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.time.DateTimeException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code formatDate(date, "MMMM d, yyyy")} for templates: FreeMarker formats {@code java.util.Date}
 * but not the {@code java.time} values the model holds. Patterns are {@link DateTimeFormatter}'s,
 * in the site's language.
 */
final class FormatDateMethod implements TemplateMethodModelEx {

    private final Locale locale;
    private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

    FormatDateMethod(Locale locale) {
        this.locale = locale;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 2) {
            throw new TemplateModelException("formatDate needs two arguments, a date and a pattern");
        }
        Object value = DeepUnwrap.unwrap((TemplateModel) arguments.get(0));
        Object pattern = DeepUnwrap.unwrap((TemplateModel) arguments.get(1));
        if (!(value instanceof TemporalAccessor temporal)) {
            throw new TemplateModelException("formatDate's first argument must be a date, not " + value);
        }
        try {
            return formatters.computeIfAbsent(String.valueOf(pattern), p -> DateTimeFormatter.ofPattern(p, locale))
                    .format(temporal);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new TemplateModelException("formatDate cannot format " + value + " as \"" + pattern + "\": "
                    + e.getMessage(), e);
        }
    }
}
