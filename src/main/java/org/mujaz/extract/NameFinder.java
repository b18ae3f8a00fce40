package org.mujaz.extract;

import java.util.List;

/** Finds person-name mentions in one paragraph from name-shape rules, titles, roles and speech verbs. */
interface NameFinder {

    List<NameMention> find(String text, int paragraph);

    /**
     * Lone names right after a title («الرئيس مادورو», "Mr Houston"): surnames that count as a person only
     * when the article never gives the full name.
     */
    default List<NameMention> titled(String text, int paragraph, LanguageRules rules) {
        List<Token> ts = WordKey.tokens(text);
        List<NameMention> out = new java.util.ArrayList<>();
        for (int i = 1; i < ts.size(); i++) {
            Token prev = ts.get(i - 1);
            Token t = ts.get(i);
            if (gap(text, prev, t) || !loneTitle(prev.text()) || rules.isTitle(t.text()) || !loneName(t.text())) continue;
            boolean alone = i + 1 == ts.size() || gap(text, t, ts.get(i + 1)) || !loneName(ts.get(i + 1).text());
            if (alone) out.add(new NameMention(t.text().replaceAll("['’]s$", ""), prev.text(), paragraph, t.start(), t.end(), false));
        }
        return out;
    }

    /** A title that can stand before a bare surname (not «رئيس», which heads a construct: رئيس الأركان). */
    boolean loneTitle(String token);

    /** Whether a word could be a surname standing alone. */
    boolean loneName(String token);

    /** Whether the text between two tokens holds punctuation, which a name never spans. */
    static boolean gap(String text, Token a, Token b) {
        for (int i = a.end(); i < b.start(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) return true;
        }
        return false;
    }

    /** The punctuation between two tokens, trimmed ("" when only space). */
    static String between(String text, Token a, Token b) {
        return text.substring(a.end(), b.start()).strip();
    }
}
