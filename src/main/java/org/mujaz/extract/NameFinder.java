package org.mujaz.extract;

import java.util.List;

/** Finds person-name mentions in one paragraph from name-shape rules, titles, roles and speech verbs. */
interface NameFinder {

    List<NameMention> find(String text, int paragraph);

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
