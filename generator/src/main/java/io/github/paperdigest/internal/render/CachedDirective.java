package io.github.paperdigest.internal.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/**
 * {@code <@cached key="card-${paper.id}">...</@cached>}: renders its body once per key and build, and
 * writes the same markup wherever the key comes again. For fragments that depend on nothing but what
 * their key names: the theme's paper card, rendered once, is copied onto a dozen pages. One per build,
 * so a changed template or setting is never served from an older build.
 */
final class CachedDirective implements TemplateDirectiveModel {

    private final FragmentCache fragments;

    CachedDirective(FragmentCache fragments) {
        this.fragments = fragments;
    }

    @Override
    public void execute(Environment environment, @SuppressWarnings("rawtypes") Map parameters,
            TemplateModel[] loopVariables, TemplateDirectiveBody body) throws TemplateException, IOException {
        if (parameters.size() != 1 || !(parameters.get("key") instanceof TemplateScalarModel key)) {
            throw new TemplateModelException("cached needs exactly one parameter, key, a string");
        }
        if (loopVariables.length != 0) {
            throw new TemplateModelException("cached has no loop variables");
        }
        if (body == null) {
            return;
        }
        String markup = fragments.find(key.getAsString());
        if (markup == null) {
            StringWriter fragment = new StringWriter(2048);
            body.render(fragment);
            markup = fragment.toString();
            fragments.keep(key.getAsString(), markup);
        }
        environment.getOut().write(markup);
    }
}
