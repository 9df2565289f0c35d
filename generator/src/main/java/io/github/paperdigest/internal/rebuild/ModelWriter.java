package io.github.paperdigest.internal.rebuild;

import io.github.paperdigest.internal.RecordComponents;
import io.github.paperdigest.model.Author;
import io.github.paperdigest.model.Organization;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Topic;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Writes models as bytes from which {@link ModelReader} makes equal models again: the records, lists,
 * strings, numbers, booleans, enums and dates that {@link io.github.paperdigest.internal.manifest.ModelDigest}
 * reads. A paper, author, topic or organisation is on many pages: each is written once, as a shared
 * object, and models refer to it by its number, so that a paper changed in the table is changed in every
 * model that shows it. Not safe for several threads, though it writes on every core.
 */
final class ModelWriter {

    static final int NULL = 0;
    static final int STRING = 1;
    static final int SHARED = 2;
    static final int RECORD = 3;
    static final int LIST = 4;
    static final int INTEGER = 5;
    static final int LONG = 6;
    static final int DOUBLE = 7;
    static final int TRUE = 8;
    static final int FALSE = 9;
    static final int ENUM = 10;
    static final int DATE = 11;

    /** One model's bytes, and the numbers of the shared papers it shows. */
    record Written(byte[] bytes, int[] papers) {
    }

    private final Map<String, Integer> classNumbers = new HashMap<>();
    private final Map<Class<?>, Integer> classesSeen = new IdentityHashMap<>();
    private final List<String> classNames = new ArrayList<>();
    private final Map<Object, Integer> sharedNumbers = new IdentityHashMap<>();
    private final List<Object> shared = new ArrayList<>();
    private final boolean numbersShared;

    /** A writer of a new index. */
    ModelWriter() {
        this.numbersShared = true;
    }

    /**
     * A writer that goes on from an index: the same numbers for its classes, and for the shared objects a
     * reader of it made again; any other shared object is an error.
     */
    ModelWriter(List<String> classNames, Map<Object, Integer> sharedNumbers) {
        this.numbersShared = false;
        classNames.forEach(name -> classNumbers.put(name, classNumbers.size()));
        this.classNames.addAll(classNames);
        this.sharedNumbers.putAll(sharedNumbers);
    }

    /**
     * Writes models on every core, then numbers their classes and shared objects in the models' order, so
     * that the same models give the same bytes.
     *
     * @throws IllegalArgumentException when a model holds something other than the values above
     */
    List<Written> writeAll(List<?> models) {
        List<Output> outputs = models.parallelStream().map(model -> {
            Output out = new Output();
            out.value(model);
            return out;
        }).toList();
        return outputs.stream().map(this::numbered).toList();
    }

    Written write(Object model) {
        return writeAll(List.of(model)).get(0);
    }

    /** The objects numbered so far, in the order of their numbers; writing one may number more. */
    Object shared(int number) {
        return shared.get(number);
    }

    int sharedCount() {
        return shared.size();
    }

    /**
     * The own bytes of the shared objects from {@code first} to {@code end} (exclusive), written on every
     * core: each its record, whose shared components are referred to by number.
     */
    List<byte[]> writeShared(int first, int end) {
        return writeAll(shared.subList(first, end).stream().map(Shared::new).toList()).stream()
                .map(Written::bytes).toList();
    }

    /** A record's bytes as a shared object's are written: for an object put in the place of one. */
    byte[] writeRecord(Record record) {
        return write(new Shared(record)).bytes();
    }

    /** The names of the classes the written bytes refer to by number. */
    List<String> classNames() {
        return List.copyOf(classNames);
    }

    /** Whether a model holds a paper that passes the test, looked for without writing anything. */
    static boolean holds(Object model, Predicate<Paper> test) {
        if (model instanceof Paper paper) {
            return test.test(paper);
        } else if (model instanceof List<?> list) {
            for (Object element : list) {
                if (holds(element, test)) {
                    return true;
                }
            }
        } else if (model instanceof Record record && !isShared(record)) {
            for (Function<Object, Object> component : RecordComponents.of(record.getClass())) {
                if (holds(component.apply(record), test)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isShared(Object value) {
        return value instanceof Paper || value instanceof Author || value instanceof Topic
                || value instanceof Organization;
    }

    /** A shared object to be written as itself, not as a reference to itself. */
    private record Shared(Object record) {
    }

    /** Fills in the numbers of a model's classes and shared objects. */
    private Written numbered(Output out) {
        byte[] bytes = out.bytes();
        TreeSet<Integer> papers = new TreeSet<>();
        for (int i = 0; i < out.references.size(); i++) {
            Object reference = out.references.get(i);
            int number;
            if (reference instanceof Class<?> type) {
                number = classesSeen.computeIfAbsent(type, key -> classNumbers.computeIfAbsent(key.getName(), name -> {
                    classNames.add(name);
                    return classNames.size() - 1;
                }));
            } else {
                number = sharedNumber(reference);
                if (reference instanceof Paper) {
                    papers.add(number);
                }
            }
            int at = out.positions.get(i);
            bytes[at] = (byte) (number >>> 24);
            bytes[at + 1] = (byte) (number >>> 16);
            bytes[at + 2] = (byte) (number >>> 8);
            bytes[at + 3] = (byte) number;
        }
        return new Written(bytes, papers.stream().mapToInt(Integer::intValue).toArray());
    }

    private int sharedNumber(Object object) {
        Integer number = sharedNumbers.get(object);
        if (number == null) {
            if (!numbersShared) {
                throw new IllegalArgumentException("a model holds a shared object that the index lacks");
            }
            number = shared.size();
            shared.add(object);
            sharedNumbers.put(object, number);
        }
        return number;
    }

    /** A model's bytes as they are written, in the big-endian order of {@link java.io.DataInput}. */
    private final class Output {

        /** The classes and shared objects whose numbers go at {@link #positions}, filled in later. */
        final List<Object> references = new ArrayList<>();
        final List<Integer> positions = new ArrayList<>();
        private final GrowingBytes data = new GrowingBytes();

        byte[] bytes() {
            return data.bytes();
        }

        void value(Object value) {
            if (value == null) {
                data.writeByte(NULL);
            } else if (value instanceof String text) {
                data.writeByte(STRING);
                text(text);
            } else if (isShared(value)) {
                data.writeByte(SHARED);
                reference(value);
            } else if (value instanceof Shared own) {
                record((Record) own.record());
            } else if (value instanceof Record record) {
                data.writeByte(RECORD);
                record(record);
            } else if (value instanceof List<?> list) {
                data.writeByte(LIST);
                data.writeInt(list.size());
                for (Object element : list) {
                    value(element);
                }
            } else if (value instanceof Integer number) {
                data.writeByte(INTEGER);
                data.writeInt(number);
            } else if (value instanceof Long number) {
                data.writeByte(LONG);
                data.writeLong(number);
            } else if (value instanceof Double number) {
                data.writeByte(DOUBLE);
                data.writeDouble(number);
            } else if (value instanceof Boolean flag) {
                data.writeByte(flag ? TRUE : FALSE);
            } else if (value instanceof Enum<?> constant) {
                data.writeByte(ENUM);
                reference(constant.getDeclaringClass());
                text(constant.name());
            } else if (value instanceof TemporalAccessor && ModelReader.isDate(value.getClass())) {
                data.writeByte(DATE);
                reference(value.getClass());
                text(value.toString());
            } else {
                throw new IllegalArgumentException("a model holds a " + value.getClass().getName()
                        + ", which ModelWriter cannot write");
            }
        }

        void record(Record record) {
            reference(record.getClass());
            for (Function<Object, Object> component : RecordComponents.of(record.getClass())) {
                value(component.apply(record));
            }
        }

        private void reference(Object reference) {
            references.add(reference);
            positions.add(data.size());
            data.writeInt(-1);
        }

        private void text(String text) {
            byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
            data.writeInt(encoded.length);
            data.write(encoded);
        }
    }
}
