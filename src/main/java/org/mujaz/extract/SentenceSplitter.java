package org.mujaz.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph into sentences at . ! ? ؟ followed by space, never inside quotes (it works on the
 * masked paragraph) and not after common abbreviations, initials or inside numbers.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = WordKey.set("mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt",
            "prof", "rev", "jr", "sr", "co", "inc", "ltd", "no", "vs", "etc", "u.s", "u.k", "e.g", "i.e", "gov", "sen",
            "rep", "capt", "maj", "cmdr", "adm", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "mt", "ft");

    private SentenceSplitter() {
    }

    static List<Sentence> split(String text, String masked, int paragraph) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int n = masked.length();
        for (int i = 0; i < n; i++) {
            char c = masked.charAt(i);
            if (".!?؟".indexOf(c) < 0) continue;
            int j = i + 1;
            while (j < n && "\"»”’')".indexOf(masked.charAt(j)) >= 0) j++;
            if (j < n && !Character.isWhitespace(masked.charAt(j))) continue;
            if (c == '.' && isAbbreviation(masked, i)) continue;
            add(out, text, masked, paragraph, start, j);
            start = j;
            i = j - 1;
        }
        add(out, text, masked, paragraph, start, n);
        return out;
    }

    private static void add(List<Sentence> out, String text, String masked, int paragraph, int from, int to) {
        int a = from;
        int b = Math.min(to, text.length());
        while (a < b && Character.isWhitespace(text.charAt(a))) a++;
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
        if (b > a) out.add(new Sentence(paragraph, a, b, text.substring(a, b), masked.substring(a, b)));
    }

    /** A period after Mr, U.S, a single initial or inside a number does not end a sentence. */
    private static boolean isAbbreviation(String s, int dot) {
        int k = dot;
        while (k > 0 && (Character.isLetter(s.charAt(k - 1)) || s.charAt(k - 1) == '.')) k--;
        String word = s.substring(k, dot).toLowerCase();
        if (word.isEmpty()) return false;
        if (ABBREVIATIONS.contains(word)) return true;
        return word.length() == 1 && Character.isUpperCase(s.charAt(dot - 1));
    }
}
