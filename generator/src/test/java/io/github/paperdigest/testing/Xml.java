package io.github.paperdigest.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reads the XML a build writes (feeds, sitemaps) with the JDK's strict, namespace-aware parser. */
public final class Xml {

    private Xml() {
    }

    /** The document's root element; fails the test if the file is not well-formed XML. */
    public static Element parse(Path file) {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try {
            return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        } catch (SAXException | ParserConfigurationException e) {
            throw new AssertionError(file + " is not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The element's children of one local name, in order. */
    public static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getLocalName().equals(name)) {
                children.add(element);
            }
        }
        return children;
    }

    /** The text of the element's only child of that name; fails if there is not exactly one. */
    public static String childText(Element parent, String name) {
        List<Element> children = children(parent, name);
        if (children.size() != 1) {
            throw new AssertionError("<" + parent.getLocalName() + "> has " + children.size() + " <" + name
                    + "> elements, expected one");
        }
        return children.get(0).getTextContent();
    }
}
