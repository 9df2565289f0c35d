package io.github.paperdigest.internal.rebuild;

import io.github.paperdigest.internal.RecordComponents;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Makes models again from what {@link ModelWriter} wrote: records through their canonical constructors,
 * shared objects once each, read when first needed. Only this generator's records and enums are made,
 * and only the date classes below. Not safe for several threads.
 */
final class ModelReader {

    /** Reads a shared object's bytes, by its number. */
    interface SharedBytes {
        byte[] read(int number) throws IOException;
    }

    private static final String OWN_PACKAGE = "io.github.paperdigest.";

    private static final Map<Class<?>, Function<String, Object>> DATES = Map.of(
            LocalDate.class, LocalDate::parse,
            YearMonth.class, YearMonth::parse,
            Year.class, Year::parse,
            Instant.class, Instant::parse,
            LocalDateTime.class, LocalDateTime::parse,
            OffsetDateTime.class, OffsetDateTime::parse,
            ZonedDateTime.class, ZonedDateTime::parse);

    private final List<String> classNames;
    private final Class<?>[] classes;
    private final SharedBytes sharedBytes;
    private final Object[] shared;

    ModelReader(List<String> classNames, int sharedCount, SharedBytes sharedBytes) {
        this.classNames = List.copyOf(classNames);
        this.classes = new Class<?>[classNames.size()];
        this.sharedBytes = sharedBytes;
        this.shared = new Object[sharedCount];
    }

    static boolean isDate(Class<?> type) {
        return DATES.containsKey(type);
    }

    /** @throws IOException when the bytes are not a model this generator wrote */
    Object read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        Object model = value(in);
        if (in.available() != 0) {
            throw new IOException("a model's bytes go on after its end");
        }
        return model;
    }

    /** The shared object of this number, read once. */
    Object shared(int number) throws IOException {
        if (number < 0 || number >= shared.length) {
            throw new IOException("no shared object " + number);
        }
        if (shared[number] == null) {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(sharedBytes.read(number)));
            shared[number] = record(in);
        }
        return shared[number];
    }

    /** The shared objects read so far, by their numbers. */
    Map<Object, Integer> sharedRead() {
        Map<Object, Integer> numbers = new IdentityHashMap<>();
        for (int number = 0; number < shared.length; number++) {
            if (shared[number] != null) {
                numbers.put(shared[number], number);
            }
        }
        return numbers;
    }

    /** Puts another object in place of a shared one, for every model read from now on. */
    void replace(int number, Object value) {
        shared[number] = value;
    }

    private Object value(DataInputStream in) throws IOException {
        int tag = in.readUnsignedByte();
        return switch (tag) {
            case ModelWriter.NULL -> null;
            case ModelWriter.STRING -> text(in);
            case ModelWriter.SHARED -> shared(in.readInt());
            case ModelWriter.RECORD -> record(in);
            case ModelWriter.LIST -> list(in);
            case ModelWriter.INTEGER -> in.readInt();
            case ModelWriter.LONG -> in.readLong();
            case ModelWriter.DOUBLE -> in.readDouble();
            case ModelWriter.TRUE -> true;
            case ModelWriter.FALSE -> false;
            case ModelWriter.ENUM -> constant(type(in.readInt()), text(in));
            case ModelWriter.DATE -> date(type(in.readInt()), text(in));
            default -> throw new IOException("unknown tag " + tag + " in a model");
        };
    }

    private List<Object> list(DataInputStream in) throws IOException {
        Object[] elements = new Object[in.readInt()];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = value(in);
        }
        return Collections.unmodifiableList(Arrays.asList(elements));
    }

    private Object record(DataInputStream in) throws IOException {
        Class<?> type = type(in.readInt());
        if (!type.isRecord()) {
            throw new IOException(type.getName() + " is not a record");
        }
        Object[] values = new Object[type.getRecordComponents().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(in);
        }
        try {
            return RecordComponents.make(type, values);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private Class<?> type(int number) throws IOException {
        if (number < 0 || number >= classes.length) {
            throw new IOException("no class " + number);
        }
        if (classes[number] == null) {
            String name = classNames.get(number);
            Class<?> type;
            try {
                type = Class.forName(name, false, ModelReader.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IOException("a model holds a " + name + ", which this generator does not have", e);
            }
            if (!name.startsWith(OWN_PACKAGE) && !isDate(type)) {
                throw new IOException("a model holds a " + name + ", which is not one of this generator's");
            }
            classes[number] = type;
        }
        return classes[number];
    }

    private static Object constant(Class<?> type, String name) throws IOException {
        if (!type.isEnum()) {
            throw new IOException(type.getName() + " is not an enum");
        }
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new IOException(type.getName() + " has no " + name);
    }

    private static Object date(Class<?> type, String text) throws IOException {
        Function<String, Object> parse = DATES.get(type);
        if (parse == null) {
            throw new IOException(type.getName() + " is not a date class");
        }
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            throw new IOException("a " + type.getName() + " that is not one: " + text, e);
        }
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("a text of " + length + " bytes in a model of " + in.available() + " more");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
