package org.mujaz.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the outermost quoted spans of a paragraph: "…", «…», “…”, „…“, ‘…’ and '…'.
 * Marks may touch the words around them; a quote left open ends with its paragraph.
 */
final class QuoteFinder {

    private QuoteFinder() {
    }

    static List<Quote> find(String text, int paragraph) {
        List<Quote> out = new ArrayList<>();
        int i = continuedFrom(text);
        while (i < text.length()) {
            char c = text.charAt(i);
            char closer = closerFor(text, i);
            // «"خطة" طوارئ"»: a stray straight mark shaped as a closer (a word before it, none after) right after a quote
            // that just closed opens nothing («قائلا" سوف …», with no quote before it, still opens one)
            if (closer == 0 || c == '"' && closerShaped(text, i) && justClosed(out, i)) {
                i++;
                continue;
            }
            int end = findClose(text, i + 1, c, closer);
            boolean reopens = end >= 0 && c == '"' && opensStraight(text, end);
            boolean closed = end >= 0 && !reopens;
            if (end < 0) end = text.length();
            String inner = text.substring(i + 1, end).strip();
            if (reopens && proclitic(text, end)) inner = inner.replaceFirst("\\s+[وبلفك]\u0640?$", "");  // «… هذا العام و"عندما …»
            if (!inner.isEmpty()) out.add(new Quote(paragraph, i, end, inner, closed));
            i = reopens ? end : end + 1;
        }
        return out;
    }

    /**
     * Where scanning starts: after a leading closing mark that ends a quote begun in an earlier paragraph
     * (English copy: its first straight mark has a word before it and none after it), else at 0.
     */
    private static int continuedFrom(String text) {
        int j = text.indexOf('"');
        if (j <= 0 || text.substring(0, j).matches(".*[«“„].*")) return 0;
        char prev = text.charAt(j - 1);
        boolean latin = text.chars().limit(80).noneMatch(c -> c >= 0x0600 && c <= 0x06FF);
        boolean closerShaped = latin && (Character.isLetterOrDigit(prev) || ".!?,".indexOf(prev) >= 0)
                && (j + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(j + 1)));
        return closerShaped ? j + 1 : 0;
    }

    /** The mark that closes a quote opened at {@code i}, or 0 when the character there opens nothing. */
    private static char closerFor(String text, int i) {
        char c = text.charAt(i);
        return switch (c) {
            case '"' -> '"';
            case '«' -> '»';
            case '“' -> '”';
            case '„' -> '“';
            case '‘' -> opensSingle(text, i) ? '’' : 0;
            case '\'' -> opensSingle(text, i) ? '\'' : 0;
            default -> 0;
        };
    }

    /** A single mark opens only at a word start, so apostrophes (firm's, O'Neil) are left alone. */
    private static boolean opensSingle(String text, int i) {
        boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean after = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
        return before && after;
    }

    private static int findClose(String text, int from, char opener, char closer) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (opener == '„' && (c == '“' || c == '”')) return j;
            if (opener == '“' && c == '”') return j;
            if (c != closer) continue;
            if (closer == '\'' || closer == '’') {
                if (closesSingle(text, j)) return j;
            } else {
                return j;
            }
        }
        return -1;
    }

    /**
     * A straight mark with space before it and a word right after it opens a quote, so it cannot close one:
     * news copy starts each continued quoted sentence with a fresh mark and never closes the one before.
     */
    private static boolean opensStraight(String text, int j) {
        return j > 0 && (Character.isWhitespace(text.charAt(j - 1)) || proclitic(text, j)) && j + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(j + 1));
    }

    /** «و"عندما»، «بـ"كارثة»: a one-letter Arabic particle written against the mark that opens the quote after it. */
    private static boolean proclitic(String text, int j) {
        int k = j - 1;
        if (k >= 0 && text.charAt(k) == '\u0640') k--;  // tatweel: بـ"
        return k >= 0 && "وبلفك".indexOf(text.charAt(k)) >= 0 && (k == 0 || Character.isWhitespace(text.charAt(k - 1)));
    }

    /** A quote closed within a few words before {@code i}. */
    private static boolean justClosed(List<Quote> out, int i) {
        return !out.isEmpty() && i - out.get(out.size() - 1).close() <= 20;
    }

    /** A straight mark with a word or stop right before it and no word right after it. */
    private static boolean closerShaped(String text, int i) {
        boolean before = i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && !proclitic(text, i);
        boolean after = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
        return before && after;
    }

    /** A single closing mark ends a word and is not followed by a letter (so it is not an apostrophe). */
    private static boolean closesSingle(String text, int j) {
        boolean after = j + 1 >= text.length() || !Character.isLetter(text.charAt(j + 1));
        boolean before = j > 0 && !Character.isWhitespace(text.charAt(j - 1));
        return after && before;
    }

    /**
     * The paragraph with the inside of every quote blanked out (sentence punctuation at a quote's end kept),
     * so sentence splitting and speaker rules see only the narration around quotes.
     */
    static String mask(String text, List<Quote> quotes) {
        char[] chars = text.toCharArray();
        for (Quote q : quotes) {
            int last = q.close() - 1;
            while (last > q.open() && Character.isWhitespace(chars[last])) last--;
            for (int j = q.open() + 1; j < q.close(); j++) {
                boolean keep = j == last && ".!?؟".indexOf(chars[j]) >= 0;
                if (!keep) chars[j] = '\u2026';
            }
        }
        return new String(chars);
    }
}
