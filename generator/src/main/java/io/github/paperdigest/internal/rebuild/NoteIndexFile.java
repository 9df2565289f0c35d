package io.github.paperdigest.internal.rebuild;

import io.github.paperdigest.internal.rebuild.Directory.Blob;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;

/**
 * A note index's file, {@code .NAME.notes} beside the site's folder {@code NAME}: outside the site, so
 * that it is not published. Bytes (models, notes, shared objects) come first, then the {@link Directory}
 * of them, then a trailer: the directory's offset, length and CRC-32, and a mark. A file without its
 * trailer, cut short or not written to the end, is no index, and the next build is a whole one.
 *
 * <p>An update appends the bytes that changed and a new directory, after it first cut off the old
 * trailer: a build killed in between leaves no index.
 */
final class NoteIndexFile implements AutoCloseable {

    private static final long MARK = 0x5044_4e4f_5445_5331L; // "PDNOTES1"
    private static final int TRAILER = 8 + 4 + 8 + 8;
    private static final int BUFFER = 1 << 20;

    private final FileChannel channel;
    private final Directory directory;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    private long end;

    private NoteIndexFile(FileChannel channel, Directory directory, long end) {
        this.channel = channel;
        this.directory = directory;
        this.end = end;
    }

    /** Where the note index of the site in {@code output} is kept. */
    static Path of(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".notes");
    }

    /** The index of the site in {@code output}, open for reading and updating; null when there is none. */
    static NoteIndexFile open(Path output) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(of(output), StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            return null;
        }
        try {
            long size = channel.size();
            if (size < TRAILER) {
                channel.close();
                return null;
            }
            DataInputStream trailer = new DataInputStream(new ByteArrayInputStream(read(channel, size - TRAILER,
                    TRAILER)));
            long offset = trailer.readLong();
            int length = trailer.readInt();
            long crc = trailer.readLong();
            if (trailer.readLong() != MARK || offset < 0 || length < 0 || offset + length != size - TRAILER) {
                channel.close();
                return null;
            }
            byte[] bytes = read(channel, offset, length);
            if (crc(bytes) != crc) {
                channel.close();
                return null;
            }
            Directory directory = Directory.read(new DataInputStream(new ByteArrayInputStream(bytes)));
            return new NoteIndexFile(channel, directory, size);
        } catch (IOException | RuntimeException e) {
            channel.close();
            return null;
        }
    }

    /** Starts a new index, written beside the old one and put in its place by {@link #commit}. */
    static NoteIndexFile create(Path output) throws IOException {
        FileChannel channel = FileChannel.open(partial(output), StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, StandardOpenOption.READ);
        return new NoteIndexFile(channel, null, 0);
    }

    /** Deletes the index of the site in {@code output}, before a build changes the site. */
    static void delete(Path output) throws IOException {
        Files.deleteIfExists(of(output));
        Files.deleteIfExists(partial(output));
    }

    /** The file's length, trailer included. */
    long size() {
        return end;
    }

    Directory directory() {
        return directory;
    }

    byte[] read(Blob blob) throws IOException {
        if (blob.offset() < 0 || blob.offset() + blob.length() > end) {
            throw new IOException("bytes outside the note index");
        }
        return read(channel, blob.offset(), blob.length());
    }

    /** Cuts off the trailer: until {@link #finish} the file is no index. */
    void invalidate() throws IOException {
        end -= TRAILER;
        channel.truncate(end);
    }

    /** Adds bytes at the end of the file, and says where. */
    Blob append(byte[] bytes) throws IOException {
        Blob blob = new Blob(end + buffer.position(), bytes.length);
        if (bytes.length > buffer.remaining()) {
            flush();
        }
        if (bytes.length > buffer.capacity()) {
            write(ByteBuffer.wrap(bytes));
        } else {
            buffer.put(bytes);
        }
        return blob;
    }

    /** Writes the directory and the trailer after everything appended. */
    void finish(Directory contents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            contents.write(out);
        }
        byte[] written = bytes.toByteArray();
        Blob at = append(written);
        ByteBuffer trailer = ByteBuffer.allocate(TRAILER);
        trailer.putLong(at.offset()).putInt(at.length()).putLong(crc(written)).putLong(MARK).flip();
        flush();
        write(trailer);
    }

    /** Puts a created index in place of the old one. */
    static void commit(Path output) throws IOException {
        Files.move(partial(output), of(output), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private void flush() throws IOException {
        buffer.flip();
        write(buffer);
        buffer.clear();
    }

    private void write(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            end += channel.write(bytes, end);
        }
    }

    private static Path partial(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".notes.partial");
    }

    private static byte[] read(FileChannel channel, long offset, int length) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(length);
        while (bytes.hasRemaining()) {
            if (channel.read(bytes, offset + bytes.position()) < 0) {
                throw new IOException("the note index ends early");
            }
        }
        return bytes.array();
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
