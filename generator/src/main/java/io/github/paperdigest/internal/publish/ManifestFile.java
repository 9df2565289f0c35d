package io.github.paperdigest.internal.publish;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.paperdigest.internal.Sha256;
import io.github.paperdigest.internal.catalog.UrlScheme;
import io.github.paperdigest.internal.manifest.FileEntry;
import io.github.paperdigest.internal.manifest.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A site's {@link Manifest}, kept in the site as {@code .paper-digest-manifest.json.gz}, gzipped JSON:
 *
 * <pre>{@code
 * {"format": 1, "context": "9f2c...", "files": {"404.html": [null, 4210], "days/2026-02-03/index.html": ["5be1...", 48213]}}
 * }</pre>
 *
 * A file missing, unreadable or of another format is no manifest: the next build then makes every
 * file, as the first one did.
 */
public final class ManifestFile {

    static final int FORMAT = 1;

    /**
     * Paths are the field names, each seen once: a symbol table of them, which makes a parser's repeated names
     * cheap, made reading tens of thousands of them three times slower.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();

    private ManifestFile() {
    }

    /** The manifest of the site in {@code siteFolder}, or null when it has none this generator can read. */
    public static Manifest read(Path siteFolder) throws IOException {
        Path file = siteFolder.resolve(UrlScheme.BUILD_MANIFEST);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
                JsonParser json = JSON.createParser(in)) {
            return read(json);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            // A manifest cut short by a killed build, or of a newer generator: make everything again.
            return null;
        }
    }

    private static Manifest read(JsonParser json) throws IOException {
        expect(json.nextToken(), JsonToken.START_OBJECT);
        Integer format = null;
        String context = null;
        Map<String, FileEntry> files = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "format" -> format = json.getIntValue();
                case "context" -> context = json.getText();
                case "files" -> files = readFiles(json, value);
                default -> json.skipChildren();
            }
        }
        return format != null && format == FORMAT && context != null && files != null
                ? new Manifest(context, files) : null;
    }

    private static Map<String, FileEntry> readFiles(JsonParser json, JsonToken start) throws IOException {
        expect(start, JsonToken.START_OBJECT);
        Map<String, FileEntry> files = new HashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String path = json.currentName();
            expect(json.nextToken(), JsonToken.START_ARRAY);
            JsonToken model = json.nextToken();
            String digest = model == JsonToken.VALUE_NULL ? null : json.getText();
            expect(json.nextToken(), JsonToken.VALUE_NUMBER_INT);
            long size = json.getLongValue();
            expect(json.nextToken(), JsonToken.END_ARRAY);
            files.put(path, new FileEntry(digest, size));
        }
        return files;
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + ", not " + actual);
        }
    }

    /** Writes the manifest into {@code siteFolder}, whole or not at all. */
    public static void write(Path siteFolder, Manifest manifest) throws IOException {
        Path file = siteFolder.resolve(UrlScheme.BUILD_MANIFEST);
        Path partial = siteFolder.resolve(UrlScheme.BUILD_MANIFEST + ".partial");
        try (OutputStream out = new FastGzip(Files.newOutputStream(partial));
                JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("format", FORMAT);
            json.writeStringField("context", manifest.context());
            json.writeObjectFieldStart("files");
            // In order, so that the same site gives the same file.
            String[] paths = manifest.files().keySet().toArray(String[]::new);
            Arrays.parallelSort(paths);
            for (String path : paths) {
                FileEntry entry = manifest.files().get(path);
                json.writeArrayFieldStart(path);
                json.writeString(entry.model());
                json.writeNumber(entry.size());
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Gzip at its fastest level: digests do not compress, and paths compress well at any level. */
    private static final class FastGzip extends GZIPOutputStream {

        FastGzip(OutputStream out) throws IOException {
            super(out, 64 * 1024);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    /**
     * A digest of the manifest file's bytes, which another build's manifest does not share; null when the
     * site has none.
     */
    public static String digest(Path siteFolder) throws IOException {
        try {
            MessageDigest digest = Sha256.create();
            digest.update(Files.readAllBytes(siteFolder.resolve(UrlScheme.BUILD_MANIFEST)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Deletes the manifest, before a build changes the site: a build killed halfway leaves none. */
    public static void delete(Path siteFolder) throws IOException {
        Files.deleteIfExists(siteFolder.resolve(UrlScheme.BUILD_MANIFEST));
    }
}
