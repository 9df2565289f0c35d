package io.github.paperdigest.internal.manifest;

import io.github.paperdigest.Generator;
import io.github.paperdigest.internal.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * Everything besides its model that a file's maker sees: the settings, the menu, the site's feeds, the
 * templates (the content's and the theme's) and the generator itself. When any of it changes, every
 * file is made again.
 */
public final class BuildContext {

    /** Changes when the manifest's meaning does, so that an older manifest keeps nothing. */
    static final int FORMAT = 1;

    private static volatile String generatorCode;

    private BuildContext() {
    }

    /**
     * @param settings the site's settings, menu and feeds: records and lists that {@link ModelDigest} reads
     * @param templates a digest of the content's template overrides
     * @param theme a digest of the theme's templates and assets
     */
    public static String of(List<Object> settings, String templates, String theme) throws IOException {
        return new ModelDigest().of(List.of(String.valueOf(FORMAT), generatorCode(), templates, theme, settings));
    }

    /**
     * A digest of the jar the generator runs from, read once: a new generator may write other bytes
     * from the same models. Run from a classes folder, as in its own tests, it is the same for every build.
     */
    private static String generatorCode() throws IOException {
        String code = generatorCode;
        if (code == null) {
            code = digestOfJar(Generator.class.getProtectionDomain().getCodeSource());
            generatorCode = code;
        }
        return code;
    }

    private static String digestOfJar(CodeSource source) throws IOException {
        if (source == null || source.getLocation() == null) {
            return "unknown";
        }
        Path location;
        try {
            location = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
        if (!Files.isRegularFile(location)) {
            return "classes";
        }
        MessageDigest digest = Sha256.create();
        try (InputStream in = new DigestInputStream(Files.newInputStream(location), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
