package io.github.paperdigest.internal.render;

import io.github.paperdigest.internal.Sha256;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The theme's stylesheets, scripts and images, published under {@code assets/}. They live in the
 * theme jar (or its classes folder, within the reactor) beside the templates.
 */
public final class ThemeAssets {

    private static final String MARKER = TemplateEngine.THEME_TEMPLATES + "/layout.ftlh";

    private ThemeAssets() {
    }

    /** Each asset's site path (such as {@code assets/style.css}) and bytes, sorted by path. */
    public static Map<String, byte[]> read() throws IOException {
        return readTheme("assets");
    }

    /** A digest of the theme's templates and assets, which changes when any of them does. */
    public static String digest() throws IOException {
        MessageDigest digest = Sha256.create();
        for (String folder : List.of("templates", "assets")) {
            for (Map.Entry<String, byte[]> file : readTheme(folder).entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue());
                digest.update((byte) 0);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Map<String, byte[]> readTheme(String folder) throws IOException {
        URL marker = ThemeAssets.class.getClassLoader().getResource(MARKER);
        if (marker == null) {
            throw new IOException("the theme is not on the class path (no " + MARKER + ")");
        }
        try {
            URI uri = marker.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return read(Path.of(uri).getParent().resolveSibling(folder), folder);
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return read(jar.provider().getPath(uri).getParent().resolveSibling(folder), folder);
            } catch (FileSystemAlreadyExistsException e) {
                return read(FileSystems.getFileSystem(uri).provider().getPath(uri).getParent().resolveSibling(folder),
                        folder);
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the theme at " + marker, e);
        }
    }

    private static Map<String, byte[]> read(Path root, String folder) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path path : paths) {
            files.put(folder + "/" + root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
        }
        return files;
    }

}
