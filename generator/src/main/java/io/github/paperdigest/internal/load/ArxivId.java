package io.github.paperdigest.internal.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** arXiv identifiers of the current scheme (since 2007): {@code YYMM.NNNN} or {@code YYMM.NNNNN}. */
public final class ArxivId {

    private static final Pattern ID = Pattern.compile("(\\d{2}(?:0[1-9]|1[0-2])\\.\\d{4,5})(?:v\\d+)?");

    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com\\d|lpt\\d)(\\..*)?");

    private ArxivId() {
    }

    /** The id without its version suffix, or null when {@code text} is not an arXiv id. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = ID.matcher(text.strip());
        return matcher.matches() ? matcher.group(1) : null;
    }

    /**
     * Whether {@code text}, used as a folder name, could reach outside the site or stop a build on some
     * system: a separator, a parent step, a control character, a drive or a Windows device name.
     */
    public static boolean couldNameAPath(String text) {
        String stripped = text.strip();
        return stripped.contains("/") || stripped.contains("\\") || stripped.contains("..")
                || stripped.chars().anyMatch(Character::isISOControl)
                || stripped.matches("[A-Za-z]:.*") || WINDOWS_DEVICE.matcher(stripped).matches();
    }
}
