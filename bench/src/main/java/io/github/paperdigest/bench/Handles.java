package io.github.paperdigest.bench;

import java.text.Normalizer;
import java.util.Locale;

/** Hugging Face user handles made from names: ASCII letters and digits only ("Łukasz Wójcik" → "lukaszwojcik"). */
final class Handles {

    private Handles() {
    }

    static String of(String name) {
        String handle = ascii(name);
        return handle.isEmpty() ? "user" : handle;
    }

    /** The name's ASCII letters and digits, lowercase, accents taken off; perhaps empty. */
    static String ascii(String name) {
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ı", "i").replace("ß", "ss");
        StringBuilder handle = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                handle.append(c);
            }
        }
        return handle.toString();
    }
}
