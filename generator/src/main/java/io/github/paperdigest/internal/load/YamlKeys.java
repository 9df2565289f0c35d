package io.github.paperdigest.internal.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a top-level key is in a YAML text. Jackson binds YAML to records without locations, so
 * problems with a key's value are placed by finding the key's line again.
 */
final class YamlKeys {

    private YamlKeys() {
    }

    /** The 1-based line of the text that {@code key:} starts, or 0 when there is none. */
    static int lineOf(String yaml, String key) {
        if (yaml == null) {
            return 0;
        }
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*:").matcher(yaml);
        return matcher.find() ? (int) yaml.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1
                : 0;
    }
}
