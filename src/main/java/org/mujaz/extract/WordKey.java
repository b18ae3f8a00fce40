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
    /** Words recur across rules and articles; folding each once keeps extraction fast. Bounded, thread-safe. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();
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
        if (text.length() > 24) return foldNow(text);
        String cached = FOLDED.get(text);
        if (cached != null) return cached;
        String folded = foldNow(text);
        if (FOLDED.size() > 100_000) FOLDED.clear();
        FOLDED.put(text, folded);
        return folded;
    }

    private static String foldNow(String text) {
        String t = needsCompatibility(text) ? Normalizer.normalize(text, Normalizer.Form.NFKC) : text;
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isMark(c)) continue;
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> b.append('ا');
                case 'ى' -> b.append('ي');
                case 'ة' -> b.append('ه');
                case 'ؤ' -> b.append('و');
                case 'ئ' -> b.append('ي');
                case '’' -> b.append('\'');
                default -> b.append(c < 128 ? (char) (c >= 'A' && c <= 'Z' ? c + 32 : c) : Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** Diacritics, Quranic marks and tatweel, which the scorer drops too. */
    private static boolean isMark(char c) {
        return c >= '\u0610' && c <= '\u061a' || c >= '\u064b' && c <= '\u065f' || c == '\u0670'
                || c >= '\u06d6' && c <= '\u06ed' || c == '\u0640';
    }

    /** Presentation forms, ligatures and full-width letters need NFKC before folding; plain text does not. */
    private static boolean needsCompatibility(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\ufb00' || c == '\u00a0' || c >= '\u2000' && c <= '\u206f') return true;
        }
        return false;
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
