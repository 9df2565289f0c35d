package io.github.paperdigest.internal.rebuild;

import java.util.Arrays;

/**
 * Bytes that grow as a model is written, in the big-endian order of {@link java.io.DataInput}. A
 * {@link java.io.DataOutputStream} over a {@link java.io.ByteArrayOutputStream} makes a synchronized call
 * per byte: a sixth of the time it took to write the index of 10,000 papers.
 */
final class GrowingBytes {

    private byte[] bytes = new byte[256];
    private int size;

    void writeByte(int value) {
        room(1);
        bytes[size++] = (byte) value;
    }

    void writeInt(int value) {
        room(4);
        bytes[size++] = (byte) (value >>> 24);
        bytes[size++] = (byte) (value >>> 16);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    void writeLong(long value) {
        writeInt((int) (value >>> 32));
        writeInt((int) value);
    }

    void writeDouble(double value) {
        writeLong(Double.doubleToLongBits(value));
    }

    void write(byte[] more) {
        room(more.length);
        System.arraycopy(more, 0, bytes, size, more.length);
        size += more.length;
    }

    int size() {
        return size;
    }

    byte[] bytes() {
        return Arrays.copyOf(bytes, size);
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + more, 2 * bytes.length));
        }
    }
}
