package org.mujaz.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * English person names: runs of capitalised words (initials, O'…, hyphens, "of" after Lord) that follow a
 * title or role, start with a common given name, precede a verb of saying or carry a role in apposition.
 * "Lord X" is kept whole; "Mr X" alone is a surname mention resolved later.
 */
final class EnglishNames implements NameFinder {

    private static final Set<String> ARTICLES = WordKey.set("the", "a", "an");

    private static final Set<String> HONORIFICS = WordKey.set("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof",
            "rev");
    private static final Set<String> LONE_TITLES = WordKey.set("president", "chancellor", "senator", "governor", "judge",
            "general", "pope", "king", "queen", "prince");
    private static final Set<String> PEERAGE = WordKey.set("lord", "lady", "baroness", "baron");
    private final LanguageRules rules = EnglishRules.INSTANCE;

    @Override public List<NameMention> find(String text, int paragraph) {
        List<Token> ts = WordKey.tokens(text);
        List<NameMention> out = new ArrayList<>();
        int i = 0;
        while (i < ts.size()) {
            int end = nameEnd(text, ts, i);
            if (end > i && accepted(text, ts, i, end)) {
                String name = text.substring(ts.get(i).start(), ts.get(end - 1).end()).replaceAll("['’]s$", "");
                out.add(new NameMention(name, role(text, ts, i, end), paragraph, ts.get(i).start(), ts.get(end - 1).end()));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    @Override public boolean loneTitle(String token) {
        return HONORIFICS.contains(WordKey.fold(token)) || LONE_TITLES.contains(WordKey.fold(token));
    }

    @Override public boolean loneName(String token) {
        return token.length() >= 3 && Character.isUpperCase(token.charAt(0)) && !rules.isNotName(token) && !rules.isTitle(token)
                && !rules.isRoleNoun(token) && !AFTER_TITLE_NOUNS.contains(WordKey.fold(token));
    }

    /** Capitalised only because they open a sentence ("Meanwhile Lib Dem leader Charles Kennedy"). */
    private static final Set<String> SENTENCE_OPENERS = WordKey.set("meanwhile", "however", "but", "and", "also", "now",
            "earlier", "later", "yesterday", "today", "on", "in", "at", "after", "before", "when", "while", "as", "then",
            "since", "last", "this", "speaking", "separately");

    /** Nouns that follow title words in set phrases ("General Election", "General Assembly", "King's Speech"). */
    private static final Set<String> AFTER_TITLE_NOUNS = WordKey.set("election", "elections", "assembly", "motors", "electric",
            "strike", "practitioner", "synod", "counsel", "speech", "consort", "regent", "mother", "edition", "store", "stores",
            "hospital", "medical", "insurance", "accident", "dynamics", "mills", "foods", "post", "council");

    private int nameEnd(String text, List<Token> ts, int i) {
        Token first = ts.get(i);
        String f = WordKey.fold(first.text());
        boolean peer = PEERAGE.contains(f) && i + 1 < ts.size() && Character.isUpperCase(ts.get(i + 1).text().charAt(0));
        if (!peer && (rules.isNotName(first.text()) || rules.isTitle(first.text()))) return i;
        if (first.text().endsWith("'s") || first.text().endsWith("’s")) return i + 1;  // "Brown's Budget": a possessive ends the name
        int j = i + 1;
        while (j < ts.size() && j - i < 5 && !NameFinder.gap(text, ts.get(j - 1), ts.get(j))) {
            Token t = ts.get(j);
            boolean ofPlace = peer && t.text().equals("of") && j + 1 < ts.size();
            if (ofPlace) {
                j += 2;
                continue;
            }
            boolean lastOfRun = j + 1 >= ts.size() || NameFinder.gap(text, t, ts.get(j + 1))
                    || !Character.isUpperCase(ts.get(j + 1).text().charAt(0));
            // A title word ends a name only as its surname (Mervyn King), never inside a run of titles.
            if (rules.isNotName(t.text()) || rules.isTitle(t.text()) && !lastOfRun) break;
            j++;
            if (t.text().endsWith("'s") || t.text().endsWith("’s")) break;  // "Mr Brown's Budget": the name ends at its possessive
        }
        return j;
    }

    private boolean accepted(String text, List<Token> ts, int i, int end) {
        String first = WordKey.fold(ts.get(i).text());
        if (PEERAGE.contains(first)) return end > i + 1;
        if (end - i < 2) return false;
        if (rules.isGivenName(first)) return true;
        if (i > 0 && !NameFinder.gap(text, ts.get(i - 1), ts.get(i))) {
            Token prev = ts.get(i - 1);
            if (rules.isTitle(prev.text()) || rules.isRoleNoun(prev.text())) return true;
        }
        if (end < ts.size() && rules.isSpeechVerb(ts.get(end).text())) return true;
        if (afterRoleComma(text, ts, i)) return true;
        return end < ts.size() && NameFinder.between(text, ts.get(end - 1), ts.get(end)).equals(",")
                && (rules.isRoleNoun(ts.get(end).text()) || ARTICLES.contains(ts.get(end).text().toLowerCase())
                    && end + 1 < ts.size() && (rules.isRoleNoun(ts.get(end + 1).text()) || isRoleAdjective(ts, end + 1)));
    }

    /** "Its governor, Mervyn King, …": a name in apposition right after a role noun and a comma. */
    private boolean afterRoleComma(String text, List<Token> ts, int i) {
        return i > 0 && NameFinder.between(text, ts.get(i - 1), ts.get(i)).equals(",") && rules.isRoleNoun(ts.get(i - 1).text());
    }

    private boolean isRoleAdjective(List<Token> ts, int k) {
        return k + 1 < ts.size() && rules.isRoleNoun(ts.get(k + 1).text());
    }

    private static final java.util.regex.Pattern WHO_IS = java.util.regex.Pattern.compile("who (?:is|was) ((?:the |a |an )?[^.;:!?]+)");

    /** The title or role words right before a name, or a comma apposition after it. */
    private String role(String text, List<Token> ts, int i, int end) {
        int k = i;
        while (k > 0 && i - k < 5 && !NameFinder.gap(text, ts.get(k - 1), ts.get(k))
                && (rules.isTitle(ts.get(k - 1).text()) || rules.isRoleNoun(ts.get(k - 1).text()))) k--;
        // "NAO head Sir John Bourn", "the Trade and Industry Secretary Patricia Hewitt": the capitalised words (and
        // their and/of) before the role name whose role it is
        int words = 0;
        while (k < i && k > 0 && words < 4 && !NameFinder.gap(text, ts.get(k - 1), ts.get(k))) {
            String w = ts.get(k - 1).text();
            boolean capital = Character.isUpperCase(w.charAt(0)) && !ARTICLES.contains(w.toLowerCase()) && !rules.isSpeechVerb(w)
                    && !SENTENCE_OPENERS.contains(w.toLowerCase());
            boolean link = (w.equals("and") || w.equals("of")) && k - 2 >= 0 && Character.isUpperCase(ts.get(k - 2).text().charAt(0));
            if (!capital && !link) break;
            k--;
            words++;
        }
        if (k < i) {
            String r = text.substring(ts.get(k).start(), ts.get(i - 1).end());
            String trimmed = r.replaceFirst("(?<=\\S)\\s+(Sir|Dame|Mr|Mrs|Ms|Miss)$", "");  // a form of address after the role
            if (!HONORIFICS.contains(WordKey.fold(r))) return trimmed;
        }
        if (afterRoleComma(text, ts, i)) {
            int from = i - 1;
            while (from > 0 && i - from < 4 && !NameFinder.gap(text, ts.get(from - 1), ts.get(from))
                    && !rules.isSpeechVerb(ts.get(from - 1).text())) from--;
            return text.substring(ts.get(from).start(), ts.get(i - 1).end());
        }
        if (end < ts.size() && NameFinder.between(text, ts.get(end - 1), ts.get(end)).equals(",")) {
            int stop = text.indexOf(',', ts.get(end).start());
            String r = text.substring(ts.get(end).start(), stop < 0 ? Math.min(text.length(), ts.get(end).start() + 80) : stop)
                    .replaceAll("[.;:!?(].*$", "").replaceAll(" and (?!the )\\S+ (?!of ).*$", "");
            if (r.split(" ").length <= 10 && (rules.isRoleNoun(ts.get(end).text()) || r.matches("(the|a|an) .*"))) return r.strip();
            // "Edward Leigh, who is chairman of the committee, warned": the role in a relative clause
            java.util.regex.Matcher who = WHO_IS.matcher(text.substring(ts.get(end).start(), stop < 0 ? text.length() : stop));
            if (who.matches() && who.group(1).split(" ").length <= 10 && rules.isRoleNoun(who.group(1).replaceFirst("^(the|a|an) ", "").split(" ")[0])) {
                return who.group(1).strip();
            }
        }
        return "";
    }
}
