package io.github.paperdigest.internal.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Replacing the output folder deletes what it held, so it may not be the filesystem root, the home
 * folder or the content, hold any of them, or lie inside one of the content's input folders.
 */
public final class OutputFolderCheck {

    private static final List<String> INPUT_FOLDERS = List.of("papers", "notes", "pages", "static", "templates");

    private OutputFolderCheck() {
    }

    /** @throws IOException naming the reason and a safe choice, when {@code output} may not be replaced */
    public static void check(Path output, Path content) throws IOException {
        String instead = "; choose another, such as " + content.resolve("target/site");
        if (output.getParent() == null) {
            throw new IOException("the output directory " + output + " is the filesystem root" + instead);
        }
        // Without a home folder (no passwd entry) the JVM reports "?", which is no path to compare.
        Path home = Path.of(System.getProperty("user.home", ""));
        if (home.isAbsolute() && home.normalize().startsWith(output)) {
            throw new IOException("the output directory " + output + " is or contains the home folder " + home
                    + instead);
        }
        if (content.startsWith(output)) {
            throw new IOException("the output directory " + output + " contains the content directory " + content
                    + instead);
        }
        for (String folder : INPUT_FOLDERS) {
            if (output.startsWith(content.resolve(folder))) {
                throw new IOException("the output directory " + output + " is inside the content's " + folder
                        + "/ folder" + instead);
            }
        }
    }
}
