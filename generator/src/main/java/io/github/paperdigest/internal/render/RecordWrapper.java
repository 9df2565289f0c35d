package io.github.paperdigest.internal.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperConfiguration;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * FreeMarker's default object wrapper, but for records, whose components templates read through
 * {@link RecordModel} rather than by reflection: the pages of a digest read millions of them. Everything
 * else about a record (its methods, {@code ?api}, its text) is as FreeMarker's own wrapper shows it.
 */
final class RecordWrapper extends DefaultObjectWrapper {

    /** One for every build, as FreeMarker's default is: it keeps what it learned of each class. */
    static final RecordWrapper INSTANCE = new RecordWrapper();

    private RecordWrapper() {
        super(new DefaultObjectWrapperConfiguration(Configuration.VERSION_2_3_35) { }, true);
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        return object instanceof Record record ? new RecordModel(record, this) : super.handleUnknownType(object);
    }

    /** How FreeMarker's own wrapper shows the record, for all but reading a component. */
    TemplateModel asBean(Record record) throws TemplateModelException {
        return super.handleUnknownType(record);
    }
}
