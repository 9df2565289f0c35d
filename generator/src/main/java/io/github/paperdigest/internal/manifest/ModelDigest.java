package io.github.paperdigest.internal.manifest;

import io.github.paperdigest.internal.RecordComponents;
import io.github.paperdigest.internal.Sha256;
import io.github.paperdigest.internal.memo.Memo;
import io.github.paperdigest.model.Author;
import io.github.paperdigest.model.Organization;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Topic;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * A digest of a file's model: the page, feed or bibliography record it is made from, walked down to its
 * strings and numbers. Equal models have equal digests, and a different model a different one (SHA-256,
 * of which 128 bits are kept), so a file whose model has the digest it had last time has the same bytes,
 * as long as everything else its maker sees (see {@link BuildContext}) is unchanged too.
 *
 * <p>Models are records, lists, strings, numbers, booleans, enums and dates; anything else is a bug
 * that would make digests lie, and throws. A paper is on a dozen pages and feeds, and its BibTeX entry
 * in a dozen files, so the digests of papers, terms and long texts are kept by identity: for the life
 * of this object, or in a memo that a preview keeps from build to build, as it keeps the papers that
 * did not change. Safe for any number of threads.
 */
public final class ModelDigest {

    /** An object as itself, not as its equals: digests kept by identity cost no walk of the object. */
    public record Identity(Object object) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }

    /** Texts at least this long are digested once: a paper's BibTeX entry is in each of its authors' files. */
    private static final int LONG_TEXT = 128;

    private final Memo<Identity, byte[]> shared;
    private final Memo<Object, String> models;

    public ModelDigest() {
        this(Memo.remembering(), Memo.forgetting());
    }

    /**
     * @param shared the digests of papers, terms and long texts that earlier builds worked out
     * @param models the digests of models that earlier builds worked out, by model: equal models have equal
     *     digests, and a page made of the same papers as last time is compared faster than digested
     */
    public ModelDigest(Memo<Identity, byte[]> shared, Memo<Object, String> models) {
        this.shared = shared;
        this.models = models;
    }

    /** The model's digest, 32 hexadecimal digits. */
    public String of(Object model) {
        return models.get(model, this::digest);
    }

    private String digest(Object model) {
        Encoding encoding = new Encoding();
        encode(encoding, model);
        return HexFormat.of().formatHex(encoding.digest(), 0, 16);
    }

    /**
     * Writes a value's content, each part tagged and each text and list preceded by its length so that no
     * two models write the same bytes.
     */
    private void encode(Encoding out, Object value) {
        if (value == null) {
            out.tag(0);
        } else if (value instanceof String text && text.length() >= LONG_TEXT) {
            out.tag(1);
            out.bytes(shared(text));
        } else if (value instanceof String text) {
            out.tag(1);
            out.text(text);
        } else if (value instanceof Paper || value instanceof Author || value instanceof Topic
                || value instanceof Organization) {
            // A paper is on a dozen pages, an author or a topic on hundreds, among their related terms. Records
            // are final classes, which C1 checks in a compare where an interface (Term) takes a slow search.
            out.tag(2);
            out.bytes(shared(value));
        } else if (value instanceof Record record) {
            out.tag(3);
            encodeRecord(out, record);
        } else if (value instanceof List<?> list) {
            out.tag(4);
            out.integer(list.size());
            for (Object element : list) {
                encode(out, element);
            }
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof TemporalAccessor) {
            // Their text is all there is to them: 25, true, UPVOTES, 2026-02-03, 2026-02.
            out.tag(5);
            out.text(value.getClass().getName());
            out.text(value.toString());
        } else {
            throw new IllegalArgumentException("a model holds a " + value.getClass().getName()
                    + ", which ModelDigest cannot digest");
        }
    }

    /** The digest of a value that many models hold, made once. */
    private byte[] shared(Object value) {
        return shared.get(new Identity(value), key -> {
            Encoding encoding = new Encoding();
            if (value instanceof String text) {
                encoding.text(text);
            } else {
                encodeRecord(encoding, (Record) value);
            }
            return encoding.digest();
        });
    }

    private void encodeRecord(Encoding out, Record record) {
        out.text(record.getClass().getName());
        for (Function<Object, Object> component : RecordComponents.of(record.getClass())) {
            encode(out, component.apply(record));
        }
    }

    /** A model's bytes, digested at once: a MessageDigest fed a few bytes at a time spends its time in calls. */
    private static final class Encoding {

        private byte[] bytes = new byte[4096];
        private int size;

        void tag(int tag) {
            room(1);
            bytes[size++] = (byte) tag;
        }

        void integer(int value) {
            room(4);
            bytes[size++] = (byte) (value >>> 24);
            bytes[size++] = (byte) (value >>> 16);
            bytes[size++] = (byte) (value >>> 8);
            bytes[size++] = (byte) value;
        }

        void text(String text) {
            byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
            integer(encoded.length);
            bytes(encoded);
        }

        void bytes(byte[] more) {
            room(more.length);
            System.arraycopy(more, 0, bytes, size, more.length);
            size += more.length;
        }

        byte[] digest() {
            MessageDigest digest = Sha256.create();
            digest.update(bytes, 0, size);
            return digest.digest();
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(size + more, 2 * bytes.length));
            }
        }
    }
}
