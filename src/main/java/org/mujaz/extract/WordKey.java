package org.mujaz.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.mujaz.model.Lang;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Keys for MATCHING words: folded spelling variants (hamza forms, ى/ي, ة/ه, diacritics, case) and light stems.
 * Output text is never built from these keys.
 */
final class WordKey {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+(?:['’\\-][\\p{L}\\p{N}]+)*");
    private static final Pattern MARKS = Pattern.compile("[\\u0610-\\u061a\\u064b-\\u065f\\u0670\\u06d6-\\u06ed\\u0640]");
    private static final ArabicNormalizer AR_NORMALIZER = new ArabicNormalizer();
    private static final ArabicStemmer AR_STEMMER = new ArabicStemmer();

    private WordKey() {
    }

    /** Words of a text with their spans. */
    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(new Token(m.group(), m.start(), m.end()));
        return out;
    }

    /** Folds spelling variants the way the project's scorer does, plus ؤ/ئ, for comparing names and words. */
    static String fold(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
        t = MARKS.matcher(t).replaceAll("");
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> b.append('ا');
                case 'ى' -> b.append('ي');
                case 'ة' -> b.append('ه');
                case 'ؤ' -> b.append('و');
                case 'ئ' -> b.append('ي');
                case '’' -> b.append('\'');
                default -> b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** A folded, lightly stemmed key for one word (Lucene's Arabic stemmer or the Snowball English stemmer). */
    static String stem(String word, Lang lang) {
        String f = fold(word);
        if (lang == Lang.AR) {
            char[] buf = f.toCharArray();
            int len = AR_NORMALIZER.normalize(buf, buf.length);
            len = AR_STEMMER.stem(buf, len);
            return len < 2 ? f : new String(buf, 0, len);
        }
        EnglishStemmer stemmer = new EnglishStemmer();
        stemmer.setCurrent(f.replace("'s", ""));
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** Whether folded word list {@code inner} occurs in {@code outer} as a contiguous run of whole words. */
    static boolean containsWords(List<String> outer, List<String> inner) {
        int n = inner.size();
        if (n == 0) return false;
        for (int i = 0; i + n <= outer.size(); i++) {
            if (outer.subList(i, i + n).equals(inner)) return true;
        }
        return false;
    }

    /** A word list as a set; duplicates in hand-written lists are harmless. */
    static java.util.Set<String> set(String... words) {
        return java.util.Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Folded words of a text (no stemming), for name comparison. */
    static List<String> foldedWords(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens(text)) out.add(fold(t.text()));
        return out;
    }
}
