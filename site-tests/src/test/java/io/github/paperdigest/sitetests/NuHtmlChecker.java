package io.github.paperdigest.sitetests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import nu.validator.messages.MessageEmitter;
import nu.validator.messages.MessageEmitterAdapter;
import nu.validator.messages.MessageTextHandler;
import nu.validator.messages.types.MessageType;
import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The Nu HTML Checker (vnu, the checker behind validator.w3.org/nu), in process. It is set up as vnu's own
 * {@link EmbeddedValidator} sets it up, but once rather than once per file: reading the HTML schema takes
 * far longer than checking a page. Not thread-safe: one per thread.
 *
 * <p>Messages go through vnu's {@link MessageEmitterAdapter}, as on the command line, so that they are
 * classified and worded as vnu prints them: a "potentially bad value" is a warning there, not an error.
 */
final class NuHtmlChecker {

    /** How vnu classifies a message; only errors make a page invalid. */
    enum Severity {
        ERROR, WARNING, INFO
    }

    /** One message of the checker, positioned at its first line and column (1-based, -1 when unknown). */
    record Message(Severity severity, int line, int column, String text) {
    }

    private final SimpleDocumentValidator validator;
    private final CollectingEmitter emitter = new CollectingEmitter();
    private boolean broken;

    NuHtmlChecker() throws SAXException {
        // As EmbeddedValidator does: log4j set up from vnu's own file, no URL logging, no language detection
        // (it guesses the language of the text, and our pages say lang="en" whatever a title is written in).
        validator = new SimpleDocumentValidator(true, false, false);
        try {
            validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, new SystemErrErrorHandler());
        } catch (Exception e) {
            throw new IllegalStateException("vnu could not read its HTML schema", e);
        }
        // batchMode true: a page's fatal error does not silence the pages checked after it.
        MessageEmitterAdapter adapter = new MessageEmitterAdapter(null, validator.getSourceCode(), false, null, 0,
                true, emitter);
        adapter.setErrorsOnly(false);
        adapter.setHtml(true);
        adapter.start(null);
        validator.setUpValidatorAndParsers(adapter, false, false);
    }

    /**
     * Every message about one file, read as UTF-8 text/html.
     *
     * @param url the address the page is served at: vnu resolves the page's links and checks its
     *        Content-Security-Policy against it (from a {@code file:} URL, 'self' would allow nothing)
     *
     * @throws IllegalStateException after the checker itself failed (an I/O, schema or internal error of
     *         vnu), because vnu's adapter stays silent for every later document; make a new checker
     */
    List<Message> check(Path file, URI url) throws IOException, SAXException {
        if (broken) {
            throw new IllegalStateException("this checker failed on an earlier file; make a new one");
        }
        emitter.messages.clear();
        // From bytes read here: vnu's checkHtmlFile never closes the stream it opens.
        InputSource input = new InputSource(new ByteArrayInputStream(Files.readAllBytes(file)));
        input.setSystemId(url.toASCIIString());
        validator.checkHtmlInputSource(input);
        broken = emitter.sawNonDocumentError;
        return List.copyOf(emitter.messages);
    }

    /** Whether the checker failed on the last file and must not be used again. */
    boolean isBroken() {
        return broken;
    }

    /** Keeps each message's type, position and plain text; vnu's source extracts are left out. */
    private static final class CollectingEmitter extends MessageEmitter {

        private final List<Message> messages = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final MessageTextHandler textHandler = new MessageTextHandler() {
            @Override
            public void characters(char[] ch, int start, int length) {
                text.append(ch, start, length);
            }

            // vnu's own emitters quote code, such as element names, this way.
            @Override
            public void startCode() {
                text.append('“');
            }

            @Override
            public void endCode() {
                text.append('”');
            }

            @Override
            public void startLink(String href, String title) {
            }

            @Override
            public void endLink() {
            }
        };
        private Severity severity;
        private int line;
        private int column;
        private boolean sawNonDocumentError;

        @Override
        public void startMessage(MessageType type, String systemId, int firstLine, int firstColumn, int lastLine,
                int lastColumn, boolean exact) {
            severity = severity(type);
            // Non-document errors (I/O, schema, internal) are the checker's own failures, and fail the page too.
            sawNonDocumentError |= type.getSuperType().equals("non-document-error");
            line = firstLine > 0 ? firstLine : lastLine;
            column = firstLine > 0 ? firstColumn : lastColumn;
            text.setLength(0);
        }

        @Override
        public MessageTextHandler startText() {
            return textHandler;
        }

        @Override
        public void endMessage() {
            messages.add(new Message(severity, line, column, text.toString().strip()));
        }

        private static Severity severity(MessageType type) {
            return switch (type.getSuperType()) {
                case "info" -> type.getSubType() != null && type.getSubType().equals("warning")
                        ? Severity.WARNING : Severity.INFO;
                default -> Severity.ERROR;
            };
        }
    }
}
