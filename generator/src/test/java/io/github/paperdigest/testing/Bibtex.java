package io.github.paperdigest.testing;

import java.io.StringReader;
import java.util.List;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.LaTeXCommand;
import org.jbibtex.LaTeXGroup;
import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.LaTeXString;

/** Reads BibTeX back with jbibtex, a real parser, strictly: an unknown macro or a syntax error fails. */
public final class Bibtex {

    private Bibtex() {
    }

    public static BibTeXDatabase parse(String text) {
        try {
            BibTeXParser parser = new BibTeXParser() {
                @Override
                public void checkStringResolution(Key key, BibTeXString string) {
                    if (string == null) {
                        throw new AssertionError("an undefined macro: " + key.getValue());
                    }
                }
            };
            return parser.parse(new StringReader(text));
        } catch (Exception e) {
            throw new AssertionError("not BibTeX that jbibtex reads: " + e + "\n" + text, e);
        }
    }

    /**
     * A field's LaTeX as the text it prints. LaTeXPrinter would also turn {@code --} into a dash and
     * quotes into curly ones, so its table of commands is used and its typography is not.
     */
    public static String decode(String latex) {
        try {
            return decode(new LaTeXParser().parse(latex));
        } catch (Exception e) {
            throw new AssertionError("not LaTeX that jbibtex reads: " + latex, e);
        }
    }

    private static String decode(List<LaTeXObject> objects) {
        StringBuilder text = new StringBuilder();
        for (LaTeXObject object : objects) {
            if (object instanceof LaTeXCommand command) {
                String symbol = LaTeXPrinter.getSymbol(command.getName());
                if (symbol == null) {
                    throw new AssertionError("an unknown command \\" + command.getName());
                }
                text.append(symbol);
            } else if (object instanceof LaTeXGroup group) {
                text.append(decode(group.getObjects()));
            } else {
                text.append(((LaTeXString) object).getValue());
            }
        }
        return text.toString();
    }
}
