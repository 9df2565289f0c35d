package io.github.paperdigest.internal.tex;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text-mode LaTeX of arXiv titles and abstracts into the characters it stands for:
 * {@code \%} to %, {@code ``quotes''} to curly quotes, {@code --} to an en dash, {@code \"U} to Ü,
 * {@code \textsc{x}} and {@code {\it x}} to x, {@code ~} to a no-break space. Math spans, as
 * {@link MathSplitter} finds them, are copied as they are. An unknown macro keeps its name
 * ({@code \method} to "method"), so no text is lost, and anything malformed (a lone brace, a trailing
 * backslash) stays as it is. Web addresses are copied
 * untouched, as a {@code ~} in them is part of the address.
 */
final class TextMacros {

    private static final Pattern URL = Pattern.compile("https?://[^\\s{}]+");
    /** {@code \_} in {@code https://host/SDXL\_NCP}: the escapes that may be left in an address. */
    private static final Pattern ESCAPED_IN_URL = Pattern.compile("\\\\([_%&#~$])");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z]+");
    /** A single-quoted phrase: `word', where an apostrophe inside (model's) does not close it. */
    private static final Pattern SINGLE_QUOTED = Pattern.compile("`((?:[^`'\\n]|'(?=\\p{L}))+)'(?![\\p{L}'])");

    private final String text;
    private final boolean guardDollars;
    private final StringBuilder out = new StringBuilder();
    private int i;

    private TextMacros(String text, boolean guardDollars) {
        this.text = text;
        this.guardDollars = guardDollars;
    }

    /**
     * @param guardDollars whether a dollar or backslash written here is wrapped in invisible guards, so
     *     that the result never has math spans the source did not have (see {@link TexText#convert})
     */
    static String toUnicode(String text, boolean guardDollars) {
        TextMacros macros = new TextMacros(text, guardDollars);
        macros.run();
        return macros.out.toString();
    }

    private void run() {
        while (i < text.length()) {
            char c = text.charAt(i);
            // Only where an address can start: a matcher made at every "h" of the text was most of the time spent here.
            Matcher url = c == 'h' && text.startsWith("http", i) ? URL.matcher(text).region(i, text.length()) : null;
            int math = c == '$' || c == '\\' ? MathSplitter.spanEnd(text, i) : -1;
            if (math > 0) {
                out.append(text, i, math);
                i = math;
            } else if (text.startsWith("$$", i)) {
                // Unterminated display math is text, both dollars, as MathSplitter reads it.
                out.append("$$");
                i += 2;
            } else if (url != null && url.lookingAt()) {
                out.append(ESCAPED_IN_URL.matcher(url.group()).replaceAll("$1"));
                i = url.end();
            } else if (c == '\\') {
                macro();
            } else if (c == '{' && switchGroup()) {
                continue;
            } else if (text.startsWith("``", i) || text.startsWith("''", i)) {
                out.append(c == '`' ? '\u201C' : '\u201D');
                i += 2;
            } else if (c == '`' && singleQuoted()) {
                continue;
            } else if (text.startsWith("---", i)) {
                out.append('\u2014');
                i += 3;
            } else if (text.startsWith("--", i)) {
                out.append('\u2013');
                i += 2;
            } else {
                out.append(c == '~' && isTie() ? '\u00A0' : c);
                i++;
            }
        }
    }

    private void macro() {
        if (i + 1 >= text.length()) {
            out.append('\\');
            i++;
            return;
        }
        char next = text.charAt(i + 1);
        Matcher name = NAME.matcher(text).region(i + 1, text.length());
        if (name.lookingAt()) {
            i = name.end();
            named(name.group());
        } else if (MacroTable.SYMBOL_ACCENTS.containsKey(next)) {
            i += 2;
            accent(MacroTable.SYMBOL_ACCENTS.get(next), next);
        } else {
            i += 2;
            String symbol = MacroTable.SYMBOLS.get(next);
            emit(symbol != null ? symbol : String.valueOf(next));
        }
    }

    private void named(String name) {
        if (MacroTable.LETTER_ACCENTS.containsKey(name) && (peek() == '{' || peek() == ' ')) {
            if (peek() == ' ') {
                i++;
            }
            accent(MacroTable.LETTER_ACCENTS.get(name), name);
        } else if (MacroTable.WORDS.containsKey(name)) {
            emit(MacroTable.WORDS.get(name));
            skipEmptyGroup();
        } else if (MacroTable.SWITCHES.contains(name)) {
            while (peek() == ' ') {
                i++;
            }
        } else if (MacroTable.FORMATTING.contains(name) || name.equals("url") || name.equals("href")) {
            withArguments(name);
        } else {
            out.append(name);
            skipEmptyGroup();
        }
    }

    /** {@code \textit{x}} to x, {@code \href{a}{t}} to t, the url macro to its address; without braces, nothing. */
    private void withArguments(String name) {
        int close = Braces.closing(text, i);
        if (close < 0) {
            return;
        }
        String first = text.substring(i + 1, close);
        i = close + 1;
        if (name.equals("url")) {
            out.append(first);
        } else if (name.equals("href")) {
            int second = Braces.closing(text, i);
            if (second < 0) {
                out.append(first);
            } else {
                out.append(toUnicode(text.substring(i + 1, second), guardDollars));
                i = second + 1;
            }
        } else {
            out.append(toUnicode(first, guardDollars));
        }
    }

    /** {@code \"u}, {@code \"{u}}, {@code \'{\i}}: the letter and the combining mark, composed. */
    private void accent(char mark, Object written) {
        String letter;
        int close = peek() == '{' ? Braces.closing(text, i) : -1;
        if (close >= 0) {
            letter = text.substring(i + 1, close).strip();
            i = close + 1;
        } else if (text.startsWith("\\i", i) || text.startsWith("\\j", i)) {
            letter = text.substring(i, i + 2);
            i += 2;
        } else if (i < text.length() && Character.isLetter(text.charAt(i))) {
            letter = text.substring(i, i + 1);
            i++;
        } else {
            out.append(written);
            return;
        }
        letter = letter.equals("\\i") ? "i" : letter.equals("\\j") ? "j" : toUnicode(letter, guardDollars);
        out.append(Normalizer.normalize(letter + mark, Normalizer.Form.NFC));
    }

    /** {@code {\it x}} to x; any other brace is text. */
    private boolean switchGroup() {
        int close = Braces.closing(text, i);
        Matcher name = NAME.matcher(text).region(Math.min(i + 2, text.length()), text.length());
        if (close < 0 || !text.startsWith("{\\", i) || !name.lookingAt()
                || !MacroTable.SWITCHES.contains(name.group())) {
            return false;
        }
        out.append(toUnicode(text.substring(i + 1, close), guardDollars));
        i = close + 1;
        return true;
    }

    private boolean singleQuoted() {
        Matcher quoted = SINGLE_QUOTED.matcher(text).region(i, text.length());
        if (!quoted.lookingAt()) {
            return false;
        }
        out.append('\u2018').append(toUnicode(quoted.group(1), guardDollars)).append('\u2019');
        i = quoted.end();
        return true;
    }

    /**
     * Whether the {@code ~} here is TeX's tie, a space that does not break ({@code RTX~5090},
     * {@code (1)~logarithmic}), rather than "about" ({@code around ~9 tokens}, {@code (~300k samples)})
     * or a range ({@code 16~30%}, where Hugging Face wrote {@code ~} for TeX's {@code \sim}): a tie has
     * something other than a space or an opening parenthesis before it, something other than a space
     * after it, and is not between two digits.
     */
    private boolean isTie() {
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return !MathSplitter.isSpace(before) && before != '(' && before != '~' && !MathSplitter.isSpace(after)
                && !(Character.isDigit(before) && Character.isDigit(after));
    }

    private void emit(String characters) {
        if (guardDollars && (characters.equals("$") || characters.equals("\\"))) {
            out.append(MathSplitter.GUARD).append(characters).append(MathSplitter.GUARD);
        } else {
            out.append(characters);
        }
    }

    private void skipEmptyGroup() {
        if (text.startsWith("{}", i)) {
            i += 2;
        }
    }

    private char peek() {
        return i < text.length() ? text.charAt(i) : 0;
    }
}
