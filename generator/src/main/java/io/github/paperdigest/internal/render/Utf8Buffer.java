package io.github.paperdigest.internal.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A writer that encodes what it is given as UTF-8 into memory at once. A page rendered into a
 * {@code StringWriter} is copied three times (a synchronized buffer that turns UTF-16 at its first
 * "▲", a string, the bytes); here it is written once. Unpaired surrogates become {@code ?}, as
 * {@link String#getBytes} makes them. Not thread-safe: one page, one buffer.
 */
final class Utf8Buffer extends Writer {

    private byte[] bytes;
    private int size;
    private char highSurrogate;

    Utf8Buffer(int initialCapacity) {
        bytes = new byte[initialCapacity];
    }

    @Override
    public void write(int c) {
        ensureRoom(4);
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        write(new String(chars, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) {
        if (length == 0) {
            return;
        }
        if (highSurrogate == 0 && !Character.isHighSurrogate(text.charAt(offset + length - 1))) {
            // The JDK's encoder, which copies ASCII in bulk, where no surrogate pair spans two writes.
            String piece = offset == 0 && length == text.length() ? text : text.substring(offset, offset + length);
            byte[] encoded = piece.getBytes(StandardCharsets.UTF_8);
            ensureRoom(encoded.length);
            System.arraycopy(encoded, 0, bytes, size, encoded.length);
            size += encoded.length;
            return;
        }
        ensureRoom(3L * length + 1);
        for (int i = offset; i < offset + length; i++) {
            put(text.charAt(i));
        }
    }

    @Override
    public Writer append(CharSequence text) {
        String string = String.valueOf(text);
        write(string, 0, string.length());
        return this;
    }

    /** The bytes written so far, a surrogate left unpaired at the end included. */
    byte[] toByteArray() {
        if (highSurrogate != 0) {
            ensureRoom(1);
            bytes[size++] = '?';
            highSurrogate = 0;
        }
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    private void put(char c) {
        if (highSurrogate != 0) {
            char high = highSurrogate;
            highSurrogate = 0;
            if (Character.isLowSurrogate(c)) {
                int codePoint = Character.toCodePoint(high, c);
                bytes[size++] = (byte) (0xF0 | codePoint >> 18);
                bytes[size++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | codePoint & 0x3F);
                return;
            }
            bytes[size++] = '?';
        }
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | c >> 6);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            highSurrogate = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[size++] = '?';
        } else {
            bytes[size++] = (byte) (0xE0 | c >> 12);
            bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    /** Room for {@code more} bytes; a pending high surrogate and its pair need four at most. */
    private void ensureRoom(long more) {
        long needed = size + more + 4;
        if (needed > bytes.length) {
            if (needed > Integer.MAX_VALUE - 8) {
                throw new OutOfMemoryError("a page over 2 GB");
            }
            bytes = Arrays.copyOf(bytes, (int) Math.max(needed, Math.min(Integer.MAX_VALUE - 8L, 2L * bytes.length)));
        }
    }
}
