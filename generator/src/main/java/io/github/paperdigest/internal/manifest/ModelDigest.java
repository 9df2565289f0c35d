package io.github.paperdigest.internal.manifest;

import io.github.paperdigest.internal.Sha256;
import io.github.paperdigest.model.Paper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.temporal.TemporalAccessor;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A digest of a file's model: the page, feed or bibliography record it is made from, walked down to its
 * strings and numbers. Equal models have equal digests, and a different model a different one (SHA-256,
 * of which 128 bits are kept), so a file whose model has the digest it had last time has the same bytes,
 * as long as everything else its maker sees (see {@link BuildContext}) is unchanged too.
 *
 * <p>Models are records, lists, strings, numbers, booleans, enums and dates; anything else is a bug
 * that would make digests lie, and throws. A paper is on a dozen pages and feeds, so its own digest is
 * kept by identity for the life of this object. Safe for any number of threads.
 */
public final class ModelDigest {

    private static final ClassValue<Method[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
            }
            return accessors;
        }
    };

    private record Identity(Object object) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }

    private final Map<Identity, byte[]> papers = new ConcurrentHashMap<>();

    /** The model's digest, 32 hexadecimal digits. */
    public String of(Object model) {
        MessageDigest digest = Sha256.create();
        feed(digest, model);
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private void feed(MessageDigest digest, Object value) {
        if (value == null) {
            digest.update((byte) 0);
        } else if (value instanceof String text) {
            digest.update((byte) 1);
            feedText(digest, text);
        } else if (value instanceof Paper paper) {
            digest.update((byte) 2);
            digest.update(papers.computeIfAbsent(new Identity(paper), key -> {
                MessageDigest own = Sha256.create();
                feedRecord(own, paper);
                return own.digest();
            }));
        } else if (value instanceof Record record) {
            digest.update((byte) 3);
            feedRecord(digest, record);
        } else if (value instanceof List<?> list) {
            digest.update((byte) 4);
            feedInt(digest, list.size());
            for (Object element : list) {
                feed(digest, element);
            }
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof TemporalAccessor) {
            // Their text is all there is to them: 25, true, UPVOTES, 2026-02-03, 2026-02.
            digest.update((byte) 5);
            feedText(digest, value.getClass().getName());
            feedText(digest, value.toString());
        } else {
            throw new IllegalArgumentException("a model holds a " + value.getClass().getName()
                    + ", which ModelDigest cannot digest");
        }
    }

    private void feedRecord(MessageDigest digest, Record record) {
        feedText(digest, record.getClass().getName());
        for (Method accessor : COMPONENTS.get(record.getClass())) {
            try {
                feed(digest, accessor.invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessor + " of a model", e);
            }
        }
    }

    private static void feedText(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        feedInt(digest, bytes.length);
        digest.update(bytes);
    }

    private static void feedInt(MessageDigest digest, int value) {
        digest.update((byte) (value >>> 24));
        digest.update((byte) (value >>> 16));
        digest.update((byte) (value >>> 8));
        digest.update((byte) value);
    }
}
