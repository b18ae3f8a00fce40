package org.mujaz.site;

import com.ibm.icu.text.Normalizer2;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a personal name for matching: the same person is spelled with and without hamza,
 * diacritics or tatweel across Arabic articles, and with varying case and punctuation in English.
 */
final class Names {

    private static final Pattern MARKS = Pattern.compile("[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]");
    private static final Pattern PUNCT = Pattern.compile("[\\p{P}\\p{S}\\s]+");

    private Names() {
    }

    static String fold(String name) {
        if (name == null) return "";
        String s = Normalizer2.getNFKCInstance().normalize(name).toLowerCase(Locale.ROOT);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ٱ', 'ا')
                .replace('ى', 'ي').replace('ة', 'ه').replace('ؤ', 'و').replace('ئ', 'ي');
        return PUNCT.matcher(s).replaceAll(" ").strip();
    }

    /** True when every word of the shorter folded name is a word of the longer one ("كيربي" in "جون كيربي"). */
    static boolean wordsContained(String foldedA, String foldedB) {
        if (foldedA.isEmpty() || foldedB.isEmpty()) return false;
        var a = new java.util.HashSet<>(java.util.Arrays.asList(foldedA.split(" ")));
        var b = new java.util.HashSet<>(java.util.Arrays.asList(foldedB.split(" ")));
        return a.size() <= b.size() ? b.containsAll(a) : a.containsAll(b);
    }
}
