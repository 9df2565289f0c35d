package io.github.paperdigest.internal.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import io.github.paperdigest.internal.tex.MathMarkup;
import io.github.paperdigest.internal.tex.TexText;
import java.util.List;

/**
 * The templates' methods for text that may hold math: {@code tex(paper.title)} gives its HTML with each
 * math span marked up for KaTeX; {@code excerpt(paper.summary, 300)} the start of a text, never cut
 * inside a math span; and {@code hasMath(body)} whether a page's HTML shows math, so that the layout
 * loads KaTeX only then. Stateless, so shared by every page rendering in parallel.
 */
final class TexMethods {

    static final TemplateMethodModelEx TEX = arguments -> {
        String text = string(arguments, 0, "tex", 1);
        return HTMLOutputFormat.INSTANCE.fromMarkup(MathMarkup.html(text));
    };

    static final TemplateMethodModelEx EXCERPT = arguments -> {
        String text = string(arguments, 0, "excerpt", 2);
        if (!(arguments.get(1) instanceof TemplateNumberModel limit) || limit.getAsNumber().intValue() < 1) {
            throw new TemplateModelException("excerpt's second argument must be a positive number of characters");
        }
        return TexText.excerpt(text, limit.getAsNumber().intValue());
    };

    static final TemplateMethodModelEx HAS_MATH = arguments -> {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateHTMLOutputModel html)) {
            throw new TemplateModelException(
                    "hasMath needs one argument, captured HTML such as <#local body><#nested></#local>");
        }
        return MathMarkup.containsMath(HTMLOutputFormat.INSTANCE.getMarkupString(html));
    };

    private TexMethods() {
    }

    private static String string(@SuppressWarnings("rawtypes") List arguments, int index, String method, int count)
            throws TemplateModelException {
        if (arguments.size() != count) {
            throw new TemplateModelException(method + " needs " + (count == 1 ? "one argument" : count + " arguments"));
        }
        if (!(arguments.get(index) instanceof TemplateScalarModel scalar)) {
            throw new TemplateModelException(method + "'s first argument must be text, not "
                    + describe((TemplateModel) arguments.get(index)));
        }
        return scalar.getAsString();
    }

    private static String describe(TemplateModel model) {
        return model == null ? "null" : model.getClass().getSimpleName();
    }
}
