package io.github.paperdigest.internal.tex;

import java.util.Map;
import java.util.Set;

/** What {@link TextMacros} turns each text-mode LaTeX macro into. */
final class MacroTable {

    /** Macros that stand for characters or words; a {@code {}} after them is dropped. */
    static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("textemdash", "\u2014"), Map.entry("textendash", "\u2013"),
            Map.entry("ldots", "\u2026"), Map.entry("dots", "\u2026"), Map.entry("textellipsis", "\u2026"),
            Map.entry("eg", "e.g."), Map.entry("ie", "i.e."), Map.entry("etal", "et al."),
            Map.entry("etc", "etc."), Map.entry("vs", "vs."), Map.entry("wrt", "w.r.t."),
            Map.entry("textbackslash", "\\"), Map.entry("textdollar", "$"), Map.entry("textasciitilde", "~"),
            Map.entry("textasciicircum", "^"), Map.entry("textbar", "|"), Map.entry("textless", "<"),
            Map.entry("textgreater", ">"), Map.entry("textbullet", "\u2022"), Map.entry("textdegree", "\u00B0"),
            Map.entry("textquotedblleft", "\u201C"), Map.entry("textquotedblright", "\u201D"),
            Map.entry("textquoteleft", "\u2018"), Map.entry("textquoteright", "\u2019"),
            Map.entry("S", "\u00A7"), Map.entry("P", "\u00B6"), Map.entry("copyright", "\u00A9"),
            Map.entry("textregistered", "\u00AE"), Map.entry("texttrademark", "\u2122"),
            Map.entry("pounds", "\u00A3"), Map.entry("euro", "\u20AC"),
            Map.entry("i", "\u0131"), Map.entry("j", "\u0237"), Map.entry("o", "\u00F8"), Map.entry("O", "\u00D8"),
            Map.entry("ss", "\u00DF"), Map.entry("ae", "\u00E6"), Map.entry("AE", "\u00C6"),
            Map.entry("oe", "\u0153"), Map.entry("OE", "\u0152"), Map.entry("aa", "\u00E5"),
            Map.entry("AA", "\u00C5"), Map.entry("l", "\u0142"), Map.entry("L", "\u0141"),
            Map.entry("quad", " "), Map.entry("qquad", " "), Map.entry("newline", " "), Map.entry("par", " "),
            Map.entry("noindent", ""), Map.entry("xspace", ""), Map.entry("centering", ""));

    /** Macros whose one argument is shown as it is, without its formatting: {@code \textsc{AIEV-Instruct}}. */
    static final Set<String> FORMATTING = Set.of("textsc", "textit", "textbf", "textsl", "texttt", "textrm",
            "textsf", "textup", "textmd", "textnormal", "emph", "text", "mbox", "underline", "uline");

    /** Declarations that switch the font for the rest of their group: {@code {\it word}}. */
    static final Set<String> SWITCHES = Set.of("it", "bf", "em", "sc", "tt", "rm", "sl", "sf", "itshape",
            "bfseries", "scshape", "ttfamily", "rmfamily", "sffamily", "upshape", "mdseries", "normalfont",
            "small", "footnotesize", "large", "Large", "tiny", "huge");

    /** Accents written with a symbol, {@code \"u}, and the combining mark each stands for. */
    static final Map<Character, Character> SYMBOL_ACCENTS = Map.of('"', '\u0308', '\'', '\u0301', '`', '\u0300',
            '^', '\u0302', '~', '\u0303', '=', '\u0304', '.', '\u0307');

    /** Accents written with a letter, {@code \c{c}} or {@code \v c}. */
    static final Map<String, Character> LETTER_ACCENTS = Map.of("c", '\u0327', "v", '\u030C', "u", '\u0306',
            "H", '\u030B', "k", '\u0328', "r", '\u030A', "d", '\u0323', "b", '\u0331');

    /** Control symbols other than accents: {@code \%} and {@code \,} and the like. Others lose the backslash. */
    static final Map<Character, String> SYMBOLS = Map.ofEntries(
            Map.entry(',', "\u202F"), Map.entry(';', " "), Map.entry(':', " "), Map.entry('>', " "),
            Map.entry(' ', " "), Map.entry('\n', " "), Map.entry('\\', " "), Map.entry('!', ""), Map.entry('@', ""),
            Map.entry('/', ""), Map.entry('-', ""));

    private MacroTable() {
    }
}
