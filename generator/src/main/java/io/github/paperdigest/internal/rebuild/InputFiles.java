package io.github.paperdigest.internal.rebuild;

import io.github.paperdigest.internal.load.ContentFiles;
import io.github.paperdigest.internal.rebuild.Directory.InputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The files a build reads, with their sizes and modification times. */
final class InputFiles {

    private InputFiles() {
    }

    static List<InputFile> of(Path content) throws IOException {
        List<InputFile> inputs = new ArrayList<>();
        for (Path file : ContentFiles.all(content)) {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            inputs.add(new InputFile(content.relativize(file).toString().replace('\\', '/'), attributes.size(),
                    attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
        }
        return inputs;
    }
}
