package org.mujaz.extract;

import java.util.ArrayList;
import java.util.List;

/** One body paragraph read once: its quotes, its text with quotes blanked, and its sentences. */
record Paragraph(int number, String text, List<Quote> quotes, String masked, List<Sentence> sentences) {

    static Paragraph read(String raw, int number) {
        String text = raw == null ? "" : raw.replace('\u00a0', ' ').strip();
        List<Quote> quotes = QuoteFinder.find(text, number);
        String masked = QuoteFinder.mask(text, quotes);
        return new Paragraph(number, text, quotes, masked, SentenceSplitter.split(text, masked, number));
    }

    static List<Paragraph> readAll(List<String> paragraphs) {
        List<Paragraph> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = read(paragraphs.get(i), i + 1);
            if (!p.text().isEmpty()) out.add(p);
        }
        return out;
    }
}
