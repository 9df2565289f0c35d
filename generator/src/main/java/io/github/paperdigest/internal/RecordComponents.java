package io.github.paperdigest.internal;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A record's component accessors as functions, and its canonical constructor, made once per record class.
 * Each accessor is a small class of its own calling the accessor directly, as a lambda {@code Paper::title}
 * would be: a digest reads tens of components per page, and a template as many, and {@link Method#invoke}
 * costs many times more per call.
 */
public final class RecordComponents {

    private static final ClassValue<List<Function<Object, Object>>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Function<Object, Object>> computeValue(Class<?> type) {
            List<Function<Object, Object>> accessors = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                accessors.add(accessor(type, component.getAccessor()));
            }
            return List.copyOf(accessors);
        }
    };

    private static final ClassValue<Map<String, Function<Object, Object>>> BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Function<Object, Object>> computeValue(Class<?> type) {
            Map<String, Function<Object, Object>> byName = new HashMap<>();
            RecordComponent[] components = type.getRecordComponents();
            List<Function<Object, Object>> accessors = ACCESSORS.get(type);
            for (int i = 0; i < components.length; i++) {
                byName.put(components[i].getName(), accessors.get(i));
            }
            return Map.copyOf(byName);
        }
    };

    private static final ClassValue<Constructor<?>> CANONICAL = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return constructor;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }
    };

    private RecordComponents() {
    }

    /**
     * A new record of this class from its components' values, in their declared order, through its
     * canonical constructor.
     *
     * @throws IllegalArgumentException when the values do not fit, or the constructor refuses them
     */
    public static Object make(Class<?> recordClass, Object[] values) {
        try {
            return CANONICAL.get(recordClass).newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("cannot make a " + recordClass.getName() + ": " + e.getCause(),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot make a " + recordClass.getName() + ": " + e, e);
        }
    }

    /** The accessors of a record class's components, in their declared order. */
    public static List<Function<Object, Object>> of(Class<?> recordClass) {
        return ACCESSORS.get(recordClass);
    }

    /** The accessors of a record class's components, by the components' names. */
    public static Map<String, Function<Object, Object>> byName(Class<?> recordClass) {
        return BY_NAME.get(recordClass);
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> accessor(Class<?> type, Method method) {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle handle;
        try {
            handle = lookup.unreflect(method);
        } catch (IllegalAccessException e) {
            // A record this class may not see, such as a private one: read it the slow way.
            method.setAccessible(true);
            return record -> invoke(method, record);
        }
        try {
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), handle,
                    MethodType.methodType(MethodType.methodType(method.getReturnType()).wrap().returnType(), type));
            return (Function<Object, Object>) site.getTarget().invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read the component " + method + " of a model", e);
        }
    }

    private static Object invoke(Method method, Object record) {
        try {
            return method.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the component " + method + " of a model", e);
        }
    }
}
