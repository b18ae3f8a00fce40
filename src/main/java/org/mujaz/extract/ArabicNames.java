package org.mujaz.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Arabic person names: word runs that follow a title or role phrase (الرئيس الفنزويلي نيكولاس مادورو), sit
 * before a role (جون كيربي، المتحدث …), follow a verb of saying, start with a common given name, or have
 * the shape of a nasab (… بن … / عبد … / أبو …).
 */
final class ArabicNames implements NameFinder {

    private static final Set<String> LINKS = WordKey.set("بن", "بنت", "ابن", "عبد", "ابو", "ال", "ام");
    private final LanguageRules rules = ArabicRules.INSTANCE;

    @Override public List<NameMention> find(String text, int paragraph) {
        List<Token> ts = WordKey.tokens(text);
        List<NameMention> out = new ArrayList<>();
        int i = 0;
        while (i < ts.size()) {
            int end = nameEnd(text, ts, i);
            if (end > i + 1 && triggered(text, ts, i, end)) {
                String name = text.substring(ts.get(i).start(), ts.get(end - 1).end());
                out.add(new NameMention(name, role(text, ts, i, end), paragraph, ts.get(i).start(), ts.get(end - 1).end()));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Index after the last word of a name starting at {@code i} (== i when none starts there). */
    private int nameEnd(String text, List<Token> ts, int i) {
        int j = i;
        while (j < ts.size() && j - i < 6) {
            Token t = ts.get(j);
            if (j > i && NameFinder.gap(text, ts.get(j - 1), t)) break;
            String f = WordKey.fold(t.text());
            boolean link = LINKS.contains(f) && j > i;
            boolean definite = f.startsWith("ال");
            if (!link && (rules.isNotName(t.text()) || f.startsWith("و") && !rules.isGivenName(f.substring(1)) && j == i)) break;
            if (definite && !afterLink(ts, j, i)) {
                if (j > i && !NameFinder.gap(text, ts.get(j - 1), t) && isFamilyName(f)) j++;
                break;
            }
            j++;
        }
        while (j > i && LINKS.contains(WordKey.fold(ts.get(j - 1).text()))) j--;
        return j;
    }

    private static boolean afterLink(List<Token> ts, int j, int i) {
        return j > i && WordKey.set("عبد", "ابو", "ال").contains(WordKey.fold(ts.get(j - 1).text()));
    }

    /** A family name with the article: a nisba (الكاظمي) or a short name, not a common adjective of place. */
    private boolean isFamilyName(String f) {
        return !rules.isNotName(f) && !f.endsWith("يه") && !f.endsWith("ين") && !f.endsWith("ون") && f.length() >= 5;
    }

    private boolean triggered(String text, List<Token> ts, int i, int end) {
        String first = WordKey.fold(ts.get(i).text());
        if (rules.isGivenName(first)) return true;
        for (int k = i + 1; k < end; k++) {
            if (WordKey.set("بن", "بنت", "عبد", "ابو").contains(WordKey.fold(ts.get(k).text()))) return true;
        }
        if (i > 0 && !NameFinder.gap(text, ts.get(i - 1), ts.get(i))) {
            Token prev = ts.get(i - 1);
            if (rules.isTitle(prev.text()) || rules.isSpeechVerb(prev.text()) || roleStart(text, ts, i) >= 0) return true;
        }
        return end < ts.size() && rules.isRoleNoun(ts.get(end).text())
                && (NameFinder.between(text, ts.get(end - 1), ts.get(end)).matches("[،,]?"));
    }

    /** Start of a role phrase that runs without punctuation up to word {@code i}, or -1. */
    int roleStart(String text, List<Token> ts, int i) {
        int start = -1;
        for (int k = i - 1; k >= 0 && i - k <= 8; k--) {
            Token t = ts.get(k);
            if (NameFinder.gap(text, t, ts.get(k + 1))) break;
            String f = WordKey.fold(t.text());
            if (rules.isRoleNoun(t.text()) || rules.isTitle(t.text())) start = k;
            else if (!(f.startsWith("ال") || f.startsWith("لل") || f.equals("باسم") || rules.isOrganisationNoun(t.text())
                    || WordKey.set("خارجيه", "دفاع", "داخليه", "شوون", "عام", "عامه").contains(f))) break;
        }
        return start;
    }

    /** The role beside a name: the role phrase before it, or an apposition after it up to the next comma. */
    private String role(String text, List<Token> ts, int i, int end) {
        int rs = roleStart(text, ts, i);
        if (rs >= 0) return text.substring(ts.get(rs).start(), ts.get(i - 1).end());
        if (end < ts.size() && rules.isRoleNoun(ts.get(end).text())) {
            int k = end;
            while (k + 1 < ts.size() && !NameFinder.gap(text, ts.get(k), ts.get(k + 1)) && k - end < 7) k++;
            return text.substring(ts.get(end).start(), ts.get(k).end());
        }
        return "";
    }
}
