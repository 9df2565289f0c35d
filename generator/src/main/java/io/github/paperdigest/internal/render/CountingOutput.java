package io.github.paperdigest.internal.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Passes files on to another output, counting them and their bytes; safe to write from several threads. */
public final class CountingOutput implements SiteOutput {

    private final SiteOutput output;
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();

    public CountingOutput(SiteOutput output) {
        this.output = output;
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        output.write(path, content);
        files.incrementAndGet();
        bytes.addAndGet(content.length);
    }

    @Override
    public void copy(String path, Path source) throws IOException {
        output.copy(path, source);
        files.incrementAndGet();
        bytes.addAndGet(Files.size(source));
    }

    public int files() {
        return files.get();
    }

    public long bytes() {
        return bytes.get();
    }
}
