package org.mujaz.site;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.regex.Pattern;

/**
 * Turns any text (Arabic, Latin, emoji, hostile paths) into a URL segment of {@code [a-z0-9-]}.
 * Because only those characters survive, a slug can never hold "/", "..", a leading dot or a
 * backslash, so it is safe both as a URL segment and as a directory name.
 */
public final class Slugs {

    /** Long enough to stay readable, short enough to keep paths well under file system limits. */
    static final int MAX_LENGTH = 80;

    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    // Any-Latin covers Arabic and other scripts; ICU transliterators are not documented as
    // thread-safe, so every use goes through the synchronized method below.
    private static final Transliterator TO_ASCII =
            Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    private Slugs() {
    }

    /** The slug for {@code text}, or "" when nothing usable is left (caller picks a fallback). */
    public static String of(String text) {
        if (text == null || text.isBlank()) return "";
        String ascii = transliterate(Normalizer2.getNFKCInstance().normalize(text.strip()));
        String slug = NOT_ALNUM.matcher(ascii).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int cut = slug.lastIndexOf('-');
            if (cut > MAX_LENGTH / 2) slug = slug.substring(0, cut);
            slug = trimHyphens(slug);
        }
        return slug;
    }

    /** The first non-empty slug among the candidates; {@code last} must itself be a valid slug. */
    public static String firstOf(String last, String... candidates) {
        for (String c : candidates) {
            String s = of(c);
            if (!s.isEmpty()) return s;
        }
        if (!isValid(last)) throw new IllegalArgumentException("not a slug: " + last);
        return last;
    }

    /** True for a non-empty string made only of lower-case ASCII letters, digits and inner hyphens. */
    public static boolean isValid(String slug) {
        return slug != null && !slug.isEmpty() && slug.length() <= MAX_LENGTH + 8
                && slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    private static synchronized String transliterate(String s) {
        return TO_ASCII.transliterate(s);
    }

    private static String trimHyphens(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && s.charAt(b) == '-') b++;
        while (e > b && s.charAt(e - 1) == '-') e--;
        return s.substring(b, e);
    }
}
