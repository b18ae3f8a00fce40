package org.mujaz.extract;

import java.util.ArrayList;
import java.util.List;

/** One body paragraph read once: its quotes, its text with quotes blanked, and its sentences. */
record Paragraph(int number, String text, List<Quote> quotes, String masked, List<Sentence> sentences) {

    static Paragraph read(String raw, int number) {
        String text = raw == null ? "" : hashtags(raw.replace('\u00a0', ' ')).strip();
        if (number == 1) text = withoutDateline(text);
        List<Quote> quotes = QuoteFinder.find(text, number);
        String masked = QuoteFinder.mask(text, quotes);
        return new Paragraph(number, text, quotes, masked, SentenceSplitter.split(text, masked, number));
    }

    /**
     * «دبي، الإمارات العربية المتحدة (CNN)-»، "LONDON (Reuters) -": the place and agency that open a wire story
     * are no part of its first sentence, whose subject would otherwise be the place.
     */
    static String withoutDateline(String text) {
        java.util.regex.Matcher m = DATELINE.matcher(text);
        return m.lookingAt() && m.end() < text.length() ? text.substring(m.end()).strip() : text;
    }

    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "[\\p{L}.']+(?: [\\p{L}.']+){0,2}(?:[،,] ?[\\p{L}.']+(?: [\\p{L}.']+){0,3})?"
            + "(?: ?\\([\\p{L} .]{2,20}\\) ?(?:--|[-–—])| (?:--|[-–—])(?=\\s))\\s*");  // "(CNN)-", " – "; not Jean-Michel

    /** «#نهاد_المشنوق» → «نهاد المشنوق»: sites tag names as hashtags; the words are what matter. */
    private static String hashtags(String text) {
        if (text.indexOf('#') < 0) return text;
        java.util.regex.Matcher m = HASHTAG.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(m.group(1).replace('_', ' ')));
        m.appendTail(b);
        return b.toString();
    }

    private static final java.util.regex.Pattern HASHTAG = java.util.regex.Pattern.compile("#([\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}_]*)");

    static List<Paragraph> readAll(List<String> paragraphs) {
        List<Paragraph> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = read(paragraphs.get(i), i + 1);
            if (!p.text().isEmpty()) out.add(p);
        }
        return out;
    }
}
