package io.github.paperdigest.internal.render;

import io.github.paperdigest.internal.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** A digest of the content's template overrides, which changes whenever one of them does. */
public final class TemplateFingerprint {

    private TemplateFingerprint() {
    }

    /** @param overrides the {@code templates/} folder, or null when the content has none */
    public static String of(Path overrides) throws IOException {
        if (overrides == null) {
            return "";
        }
        MessageDigest digest = Sha256.create();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(overrides)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path file : files) {
            digest.update(overrides.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Files.readAllBytes(file));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

}
