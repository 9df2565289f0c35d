package io.github.paperdigest.internal.render;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
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
        URL marker = ThemeAssets.class.getClassLoader().getResource(MARKER);
        if (marker == null) {
            throw new IOException("the theme is not on the class path (no " + MARKER + ")");
        }
        try {
            URI uri = marker.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return read(Path.of(uri).getParent().resolveSibling("assets"));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return read(jar.provider().getPath(uri).getParent().resolveSibling("assets"));
            } catch (FileSystemAlreadyExistsException e) {
                return read(FileSystems.getFileSystem(uri).provider().getPath(uri).getParent().resolveSibling("assets"));
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the theme at " + marker, e);
        }
    }

    private static Map<String, byte[]> read(Path assets) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (!Files.isDirectory(assets)) {
            return files;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(assets)) {
            paths = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path path : paths) {
            files.put("assets/" + assets.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
        }
        return files;
    }
}
