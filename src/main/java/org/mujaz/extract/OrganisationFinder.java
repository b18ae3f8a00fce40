package org.mujaz.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mujaz.model.Lang;

/**
 * Organisations, agencies, ministries and parties: an organisation noun with the words that name it
 * (وزارة الدفاع الأمريكية; Securities and Exchange Commission), and acronyms given in brackets.
 */
final class OrganisationFinder {

    private static final Set<String> AR_INSIDE = WordKey.set("للانتخابات", "لحقوق", "للامم", "لمكافحه", "للطاقه",
            "للتنميه");
    private static final Set<String> EN_LINKS = WordKey.set("of", "and", "for", "on", "de");
    private final LanguageRules rules;

    OrganisationFinder(LanguageRules rules) {
        this.rules = rules;
    }

    List<String> find(List<Paragraph> paragraphs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Paragraph p : paragraphs) {
            List<Token> ts = WordKey.tokens(p.text());
            for (int i = 0; i < ts.size(); i++) {
                String name = rules.lang() == Lang.AR ? arabicAt(p.text(), ts, i) : englishAt(p.text(), ts, i);
                if (name != null) out.putIfAbsent(WordKey.fold(name), name);
            }
        }
        return new ArrayList<>(out.values());
    }

    private String arabicAt(String text, List<Token> ts, int i) {
        String f = ArabicRules.bare(WordKey.fold(ts.get(i).text()));
        if (!rules.isOrganisationNoun(f) || f.contains("بيان") || i + 1 >= ts.size()) return null;
        int end = i + 1;
        while (end < ts.size() && end - i < 5 && !NameFinder.gap(text, ts.get(end - 1), ts.get(end))) {
            String w = WordKey.fold(ts.get(end).text());
            if (!(w.startsWith("ال") || AR_INSIDE.contains(w)) || rules.isNotName(w) && !w.startsWith("ال")) break;
            // A definite word cannot carry a possessive ending: التزامها is a verbal noun, not part of a name.
            if (w.length() > 5 && (w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هما"))) break;
            end++;
        }
        if (end == i + 1) return null;
        String name = text.substring(ts.get(i).start(), ts.get(end - 1).end());
        return name.startsWith("و") && rules.isOrganisationNoun(name.substring(1).split(" ")[0]) ? name.substring(1) : name;
    }

    private String englishAt(String text, List<Token> ts, int i) {
        Token t = ts.get(i);
        if (isAcronymInBrackets(text, t)) return t.text();
        if (!Character.isUpperCase(t.text().charAt(0)) || i > 0 && Character.isUpperCase(ts.get(i - 1).text().charAt(0))
                && !NameFinder.gap(text, ts.get(i - 1), t)) return null;
        int end = i;
        boolean org = false;
        while (end < ts.size() && end - i < 7) {
            Token w = ts.get(end);
            if (end > i && NameFinder.gap(text, ts.get(end - 1), w)) break;
            boolean cap = Character.isUpperCase(w.text().charAt(0));
            if (!cap && !(EN_LINKS.contains(w.text()) && end + 1 < ts.size() && Character.isUpperCase(ts.get(end + 1).text().charAt(0)))) break;
            org |= cap && rules.isOrganisationNoun(w.text()) && end > i;
            end++;
        }
        return org ? text.substring(t.start(), ts.get(end - 1).end()).replaceAll("^The ", "") : null;
    }

    private static boolean isAcronymInBrackets(String text, Token t) {
        return t.text().length() >= 2 && t.text().equals(t.text().toUpperCase()) && t.start() > 0
                && text.charAt(t.start() - 1) == '(' && t.end() < text.length() && text.charAt(t.end()) == ')'
                && Character.isLetter(t.text().charAt(0));
    }
}
