package io.github.paperdigest.internal.output;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an indented XML document with the JDK's StAX writer, which escapes text and attributes.
 * Code points that XML 1.0 forbids (control characters, for one) are dropped, since the content is
 * untrusted and one of them would make the whole document unreadable.
 */
final class XmlWriter {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    /** Characters, encoded once at the end: the JDK's writer encodes a byte stream one character at a time. */
    private final StringWriter text = new StringWriter(16 * 1024);
    private final XMLStreamWriter xml;
    private int depth;

    /** Starts a document whose root element is {@code root} in the default namespace {@code namespace}. */
    XmlWriter(String root, String namespace) {
        try {
            xml = FACTORY.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(namespace);
            depth = 1;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private XmlWriter(int depth) {
        try {
            xml = FACTORY.createXMLStreamWriter(text);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        this.depth = depth;
    }

    /**
     * Starts elements that a document will hold at {@code depth}, in its default namespace, to be
     * written into documents with {@link #raw}: an entry that several feeds carry is made once.
     */
    static XmlWriter fragment(int depth) {
        return new XmlWriter(depth);
    }

    /** The elements written into a {@link #fragment}, every one closed. */
    String markup() {
        write(xml::flush);
        return text.toString();
    }

    /** Writes a {@link #fragment}'s markup as it is. */
    XmlWriter raw(String markup) {
        // An empty text closes the start tag StAX keeps open for attributes; flushing puts it before the markup.
        write(() -> {
            xml.writeCharacters("");
            xml.flush();
        });
        text.write(markup);
        return this;
    }

    /** An attribute of the {@code xml:} namespace, such as {@code xml:lang} or {@code xml:base}. */
    XmlWriter xmlAttribute(String name, String value) {
        return write(() -> xml.writeAttribute("xml", XMLConstants.XML_NS_URI, name, clean(value)));
    }

    /** Opens an element on a line of its own; its attributes may follow, then its children. */
    XmlWriter start(String name) {
        return write(() -> {
            indent();
            xml.writeStartElement(name);
            depth++;
        });
    }

    /** Closes the element opened last, on a line of its own. */
    XmlWriter end() {
        return write(() -> {
            depth--;
            indent();
            xml.writeEndElement();
        });
    }

    /** An element that holds only text, on one line, with attributes given as name-value pairs. */
    XmlWriter text(String name, String text, String... attributes) {
        return write(() -> {
            indent();
            xml.writeStartElement(name);
            writeAttributes(attributes);
            xml.writeCharacters(clean(text));
            xml.writeEndElement();
        });
    }

    /** An element with attributes and no content, given as name-value pairs. */
    XmlWriter empty(String name, String... attributes) {
        return write(() -> {
            indent();
            xml.writeEmptyElement(name);
            writeAttributes(attributes);
        });
    }

    /** Closes the root element and returns the document. */
    byte[] finish() {
        try {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        text.write('\n');
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A step of StAX writing; writing into memory, its checked exception can only mean a bug. */
    private interface Step {
        void run() throws XMLStreamException;
    }

    private XmlWriter write(Step step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    private void writeAttributes(String... namesAndValues) throws XMLStreamException {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            xml.writeAttribute(namesAndValues[i], clean(namesAndValues[i + 1]));
        }
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** The text without the code points XML 1.0 does not allow, lone surrogates included. */
    static String clean(String text) {
        StringBuilder allowed = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            boolean legal = codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                    || (codePoint >= 0x20 && codePoint <= 0xD7FF) || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                    || codePoint >= 0x10000;
            if (!legal && allowed == null) {
                allowed = new StringBuilder(text.length()).append(text, 0, i);
            } else if (legal && allowed != null) {
                allowed.appendCodePoint(codePoint);
            }
            i += width;
        }
        return allowed == null ? text : allowed.toString();
    }
}
