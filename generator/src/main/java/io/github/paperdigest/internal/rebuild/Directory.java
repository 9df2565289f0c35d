package io.github.paperdigest.internal.rebuild;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The table of contents of a note index: what the build that wrote it saw, and where in the file each
 * model, note and shared object is.
 *
 * @param settings the build's settings as text: another value makes a whole build
 * @param buildStart when the build began, in nanoseconds since the epoch: an input changed since may not
 *     show it in its size and time yet
 * @param manifestDigest the digest of the manifest the build left, which ties the index to that site
 * @param contextDigest the manifest's context: the digest of what every file's maker saw besides its model
 * @param pages how many pages the site has
 * @param files how many files the site has
 * @param bytes the site's size
 * @param classNames the classes the models refer to by number
 * @param inputs every file the build read
 * @param notes every note the build read
 * @param models the models of the files that show a note
 * @param contextModels what every page sees besides its model: the site's settings, menu and feeds
 * @param shared the papers, authors, topics and organisations that models refer to by number
 */
record Directory(String settings, long buildStart, String manifestDigest, String contextDigest, int pages,
        int files, long bytes, List<String> classNames, List<InputFile> inputs, List<KeptNote> notes,
        List<KeptModel> models, Blob contextModels, List<Blob> shared) {

    /** Bytes of the index file. */
    record Blob(long offset, int length) {
    }

    /** A file the build read, with its size and modification time in nanoseconds since the epoch. */
    record InputFile(String path, long size, long modified) {
    }

    /**
     * A note, its record as read, and what shows it.
     *
     * @param papers the numbers of the shared papers that show it
     * @param models the numbers of the models that hold one of those papers
     */
    record KeptNote(String path, Blob record, int[] papers, int[] models) {
    }

    /** A file's model: a page, or a feed (its Atom and JSON documents). */
    record KeptModel(boolean feed, Blob bytes) {
    }

    /** The bytes the directory points at: the rest of the file is left from earlier directories. */
    long liveBytes() {
        long live = contextModels.length();
        for (KeptNote note : notes) {
            live += note.record().length();
        }
        for (KeptModel model : models) {
            live += model.bytes().length();
        }
        for (Blob blob : shared) {
            live += blob.length();
        }
        return live;
    }

    void write(DataOutputStream out) throws IOException {
        text(out, settings);
        out.writeLong(buildStart);
        text(out, manifestDigest);
        text(out, contextDigest);
        out.writeInt(pages);
        out.writeInt(files);
        out.writeLong(bytes);
        out.writeInt(classNames.size());
        for (String name : classNames) {
            text(out, name);
        }
        out.writeInt(inputs.size());
        for (InputFile input : inputs) {
            text(out, input.path());
            out.writeLong(input.size());
            out.writeLong(input.modified());
        }
        out.writeInt(notes.size());
        for (KeptNote note : notes) {
            text(out, note.path());
            blob(out, note.record());
            numbers(out, note.papers());
            numbers(out, note.models());
        }
        out.writeInt(models.size());
        for (KeptModel model : models) {
            out.writeBoolean(model.feed());
            blob(out, model.bytes());
        }
        blob(out, contextModels);
        out.writeInt(shared.size());
        for (Blob blob : shared) {
            blob(out, blob);
        }
    }

    static Directory read(DataInputStream in) throws IOException {
        String settings = text(in);
        long buildStart = in.readLong();
        String manifestDigest = text(in);
        String contextDigest = text(in);
        int pages = in.readInt();
        int files = in.readInt();
        long bytes = in.readLong();
        List<String> classNames = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            classNames.add(text(in));
        }
        List<InputFile> inputs = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            inputs.add(new InputFile(text(in), in.readLong(), in.readLong()));
        }
        List<KeptNote> notes = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            notes.add(new KeptNote(text(in), blob(in), numbers(in), numbers(in)));
        }
        List<KeptModel> models = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            models.add(new KeptModel(in.readBoolean(), blob(in)));
        }
        Blob contextModels = blob(in);
        List<Blob> shared = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            shared.add(blob(in));
        }
        return new Directory(settings, buildStart, manifestDigest, contextDigest, pages, files, bytes, classNames,
                inputs, notes,
                models, contextModels, shared);
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        return new String(in.readNBytes(count(in)), StandardCharsets.UTF_8);
    }

    private static void blob(DataOutputStream out, Blob blob) throws IOException {
        out.writeLong(blob.offset());
        out.writeInt(blob.length());
    }

    private static Blob blob(DataInputStream in) throws IOException {
        return new Blob(in.readLong(), count(in));
    }

    private static void numbers(DataOutputStream out, int[] numbers) throws IOException {
        out.writeInt(numbers.length);
        for (int number : numbers) {
            out.writeInt(number);
        }
    }

    private static int[] numbers(DataInputStream in) throws IOException {
        int[] numbers = new int[count(in)];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = in.readInt();
        }
        return numbers;
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("a negative count in a note index");
        }
        return count;
    }
}
