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

    /** Organisation nouns that begin with و themselves (وزارة، وكالة), which must not lose it as a conjunction. */
    private static final Set<String> ORG_NOUNS_AR = WordKey.set("وزاره", "وكاله", "وحده", "ولايه");
    private static final Set<String> ADJECTIVES = WordKey.set("المتحده", "العامه", "العام", "الاعلي", "العليا", "المشتركه",
            "الحر", "الكبري", "الاول", "الاولي", "الموحد", "المستقل", "المستقله", "الاحمر", "الجديد", "الخاصه", "الدايم");
    private static final Set<String> AR_INSIDE = WordKey.set("للانتخابات", "لحقوق", "للامم", "لمكافحه", "للطاقه",
            "للتنميه");
    private static final Set<String> EN_LINKS = WordKey.set("of", "and", "for", "on", "de");
    /** Party names that need no "Party" after them. */
    private static final Set<String> PARTIES = WordKey.set("Labour", "Conservatives", "Tories", "UKIP", "SNP", "Republicans",
            "Democrats");
    private static final Set<String> COUNTRY_CODES = WordKey.set("USA", "GMT", "CEO", "GDP", "MPS", "MSP", "MSPS", "AMS", "DNA",
            "MEP", "MEPS", "PLC", "BST", "CET", "EST", "UTC");
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
                if (name == null) continue;
                for (String part : splitJoined(name)) add(out, part.replaceAll("^[A-Z]\\w*'s ", ""));
            }
        }
        return new ArrayList<>(out.values());
    }

    /** "Deutsche Bank and Credit Suisse Group" is two names when each side has its own organisation noun. */
    private List<String> splitJoined(String name) {
        int and = name.indexOf(" and ");
        if (and < 0) return List.of(name);
        String left = name.substring(0, and);
        String right = name.substring(and + 5);
        boolean both = WordKey.tokens(left).stream().anyMatch(t -> rules.isOrganisationNoun(t.text()))
                && WordKey.tokens(right).stream().anyMatch(t -> rules.isOrganisationNoun(t.text()));
        return both ? List.of(left, right) : List.of(name);
    }

    /** Adds a name unless it is part of one already found («Exchange Commission» after «Securities and Exchange Commission»). */
    private static void add(Map<String, String> out, String name) {
        List<String> words = WordKey.foldedWords(name);
        for (String known : out.keySet()) if (WordKey.containsWords(WordKey.foldedWords(known), words)) return;
        out.putIfAbsent(WordKey.fold(name), name);
    }

    /**
     * An Arabic organisation: its noun, one genitive after an indefinite noun (مجلس الأمن، منظمة التحرير),
     * then adjectives only (الدولي، المتحدة) — so the object of a verb is not swallowed.
     */
    private String arabicAt(String text, List<Token> ts, int i) {
        String folded = WordKey.fold(ts.get(i).text());
        String f = ORG_NOUNS_AR.contains(folded) || rules.isOrganisationNoun(folded) && !rules.isOrganisationNoun(ArabicRules.bare(folded))
                ? folded : ArabicRules.bare(folded);
        if (!rules.isOrganisationNoun(f) || f.contains("بيان") || i + 1 >= ts.size()) return null;
        boolean definiteHead = f.startsWith("ال");
        int end = i + 1;
        while (end < ts.size() && end - i < 5 && !NameFinder.gap(text, ts.get(end - 1), ts.get(end))) {
            String w = WordKey.fold(ts.get(end).text());
            boolean genitive = end == i + 1 && !definiteHead && (w.startsWith("ال") || AR_INSIDE.contains(w));
            if (!genitive && !adjective(w) || rules.isNotName(w) && !adjective(w)) break;
            end++;
        }
        if (end == i + 1) return null;
        String name = text.substring(ts.get(i).start(), ts.get(end - 1).end());
        return name.startsWith("و") && rules.isOrganisationNoun(name.substring(1).split(" ")[0]) ? name.substring(1) : name;
    }

    /** A definite adjective: a nisba (الدولي، العراقية) or one of the participles common in names (المتحدة). */
    private boolean adjective(String w) {
        boolean nationality = ArabicRules.INSTANCE.isNisba(w) || ArabicRules.INSTANCE.isNisba(w.replaceAll("ه$", ""));
        if (!w.startsWith("ال") || w.length() < 5 || rules.isNotName(w) && !ADJECTIVES.contains(w) && !nationality) return false;
        return w.endsWith("ي") || w.endsWith("يه") || w.endsWith("يين") || ADJECTIVES.contains(w);
    }

    private String englishAt(String text, List<Token> ts, int i) {
        Token t = ts.get(i);
        if (isAcronymInBrackets(text, t) || PARTIES.contains(t.text()) || isAcronym(t.text())) return t.text();
        if (!Character.isUpperCase(t.text().charAt(0)) || i > 0 && Character.isUpperCase(ts.get(i - 1).text().charAt(0))
                && !NameFinder.gap(text, ts.get(i - 1), t)) return null;
        int end = i;
        boolean org = false;
        while (end < ts.size() && end - i < 7) {
            Token w = ts.get(end);
            if (end > i && NameFinder.gap(text, ts.get(end - 1), w)) break;
            boolean cap = Character.isUpperCase(w.text().charAt(0));
            if (end > i && (rules.isTitle(w.text()) && !rules.isOrganisationNoun(w.text()) || rules.isRoleNoun(w.text()))) break;
            if (!cap && !(EN_LINKS.contains(w.text()) && end + 1 < ts.size() && Character.isUpperCase(ts.get(end + 1).text().charAt(0)))) break;
            org |= cap && rules.isOrganisationNoun(w.text()) && end > i;
            end++;
        }
        return org ? text.substring(t.start(), ts.get(end - 1).end()).replaceAll("^The ", "") : null;
    }

    /** An all-capitals word of three to six letters (BBC, UKIP, NATO), not a country code. */
    private static boolean isAcronym(String w) {
        return w.length() >= 3 && w.length() <= 6 && w.chars().allMatch(c -> c >= 'A' && c <= 'Z') && !COUNTRY_CODES.contains(w);
    }

    private static boolean isAcronymInBrackets(String text, Token t) {
        return t.text().length() >= 2 && t.text().equals(t.text().toUpperCase()) && t.start() > 0
                && text.charAt(t.start() - 1) == '(' && t.end() < text.length() && text.charAt(t.end()) == ')'
                && Character.isLetter(t.text().charAt(0));
    }
}
