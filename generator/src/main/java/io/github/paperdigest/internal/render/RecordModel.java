package io.github.paperdigest.internal.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelWithAPISupport;
import freemarker.template.TemplateScalarModel;
import io.github.paperdigest.internal.RecordComponents;
import java.util.Map;
import java.util.function.Function;

/**
 * A record in a template: {@code paper.title} calls the accessor directly. Anything else, such as a method
 * ({@code feed.format()}, {@code paper.title()}), the record's keys or text, goes to the model FreeMarker's
 * own wrapper makes, made when first needed. Safe for any number of threads, as a shared variable is.
 */
final class RecordModel implements MethodCallAwareTemplateHashModel, TemplateHashModelEx, TemplateScalarModel,
        AdapterTemplateModel, WrapperTemplateModel, TemplateModelWithAPISupport {

    private final Record record;
    private final RecordWrapper wrapper;
    private final Map<String, Function<Object, Object>> components;
    /** Two threads may both make it; either is as good. */
    private volatile TemplateModel bean;

    RecordModel(Record record, RecordWrapper wrapper) {
        this.record = record;
        this.wrapper = wrapper;
        this.components = RecordComponents.byName(record.getClass());
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Function<Object, Object> component = components.get(key);
        return component != null ? wrapper.wrap(component.apply(record)) : hash().get(key);
    }

    @Override
    public TemplateModel getBeforeMethodCall(String key)
            throws TemplateModelException, ShouldNotBeGetAsMethodException {
        return ((MethodCallAwareTemplateHashModel) bean()).getBeforeMethodCall(key);
    }

    @Override
    public boolean isEmpty() throws TemplateModelException {
        return hash().isEmpty();
    }

    @Override
    public int size() throws TemplateModelException {
        return hash().size();
    }

    @Override
    public TemplateCollectionModel keys() throws TemplateModelException {
        return hash().keys();
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        return hash().values();
    }

    @Override
    public String getAsString() throws TemplateModelException {
        return ((TemplateScalarModel) bean()).getAsString();
    }

    @Override
    public TemplateModel getAPI() throws TemplateModelException {
        return ((TemplateModelWithAPISupport) bean()).getAPI();
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
        return record;
    }

    @Override
    public Object getWrappedObject() {
        return record;
    }

    private TemplateHashModelEx hash() throws TemplateModelException {
        return (TemplateHashModelEx) bean();
    }

    private TemplateModel bean() throws TemplateModelException {
        TemplateModel made = bean;
        if (made == null) {
            made = wrapper.asBean(record);
            bean = made;
        }
        return made;
    }
}
