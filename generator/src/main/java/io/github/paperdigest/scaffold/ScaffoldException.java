package io.github.paperdigest.scaffold;

/**
 * The skeleton was not written because of the content: the paper is unknown, already has a note or
 * a record, or a file is at the skeleton's path. The message names the file and what to do.
 */
public final class ScaffoldException extends Exception {

    private static final long serialVersionUID = 1L;

    public ScaffoldException(String message) {
        super(message);
    }
}
