package io.github.paperdigest.internal.load;

import io.github.paperdigest.internal.Problems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a file the generator parses (a record file, a note, a page, {@code site.yaml}) after the
 * checks every such file must pass: not larger than the limit, so that memory stays bounded; not
 * empty; UTF-8. A file that fails one is reported and not read further.
 */
final class CheckedFileReader {

    private final Problems problems;
    private final long maxBytes;

    CheckedFileReader(Problems problems, long maxBytes) {
        this.problems = problems;
        this.maxBytes = maxBytes;
    }

    /** The file's bytes, or null when a check failed and a problem was reported. */
    byte[] read(Path file, String name) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            problems.error(name, 0, 0, "the file is " + megabytes(size) + ", over the limit of " + megabytes(maxBytes)
                    + " for a file the generator reads (split it, say one file per day, or raise papers.maxFileBytes)");
            return null;
        }
        byte[] bytes = Files.readAllBytes(file);
        if (isBlank(bytes)) {
            problems.error(name, 0, 0, "the file is empty");
            return null;
        }
        return isUtf8(bytes, name) ? bytes : null;
    }

    /** The file's text, or null when a check failed. */
    String readText(Path file, String name) throws IOException {
        byte[] bytes = read(file, name);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private boolean isUtf8(byte[] bytes, String name) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            problems.error(name, 1, 1, "the file is UTF-16 text (expected UTF-8: save it as UTF-8)");
            return false;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(input, output, true);
            if (result.isError()) {
                reportBadByte(bytes, input.position(), name);
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
            output.clear();
        }
    }

    /** Names the first byte that is not UTF-8 by its line and column. */
    private void reportBadByte(byte[] bytes, int offset, String name) {
        int[] place = JsonProblems.lineAndColumn(bytes, offset);
        problems.error(name, place[0], place[1], String.format(Locale.ROOT,
                "byte 0x%02X is not UTF-8 text (expected UTF-8: save the file as UTF-8, not Latin-1 or Windows-1252)",
                bytes[offset] & 0xFF));
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String megabytes(long bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1 << 20))
                : String.format(Locale.ROOT, "%,d bytes", bytes);
    }
}
