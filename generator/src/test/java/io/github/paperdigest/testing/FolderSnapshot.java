package io.github.paperdigest.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file and folder under a root with its bytes, taken before something that must not touch them,
 * such as a failing build, and compared afterwards byte for byte.
 */
public final class FolderSnapshot {

    private final Path root;
    private final Map<String, byte[]> contents;

    private FolderSnapshot(Path root, Map<String, byte[]> contents) {
        this.root = root;
        this.contents = contents;
    }

    /** Folders are kept too, as {@code name/} with no bytes, so that an added empty one shows. */
    public static FolderSnapshot of(Path root) {
        assertThat(root).as("snapshot root").isDirectory();
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(path -> !path.equals(root)).toList()) {
                String name = root.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path)) {
                    contents.put(name + "/", new byte[0]);
                } else {
                    contents.put(name, Files.readAllBytes(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FolderSnapshot(root, contents);
    }

    public int size() {
        return contents.size();
    }

    /** Fails unless the root holds exactly the same files, each with exactly the same bytes. */
    public void assertUnchanged() {
        of(root).assertSameAs(this);
    }

    /** Fails unless this snapshot and {@code expected} hold the same files and folders, with the same bytes. */
    public void assertSameAs(FolderSnapshot expected) {
        assertThat(contents.keySet()).as("the files under %s", root)
                .containsExactlyElementsOf(expected.contents.keySet());
        expected.contents.forEach((name, bytes) -> {
            if (!Arrays.equals(contents.get(name), bytes)) {
                fail("%s differs from %s: %d bytes expected, %d bytes here", name, expected.root, bytes.length,
                        contents.get(name).length);
            }
        });
    }
}
