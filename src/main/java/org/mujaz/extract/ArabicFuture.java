package org.mujaz.extract;

import java.util.List;
import java.util.Set;

/**
 * Arabic future and intention markers: سـ on an imperfect verb (سيزور، ستعقد), سوف، من المقرر/المنتظر/
 * المتوقع، يعتزم، ينوي، عزم، المقبل/القادم، خلال الأيام المقبلة، وجّه بـ، قرر، على أن + imperfect.
 */
final class ArabicFuture implements FutureCues {

    /** Nouns and names that begin like سـ + imperfect but are not verbs. */
    private static final List<String> NOT_VERBS = List.of("سياس", "سيار", "سيطر", "سياد", "سيد", "سين", "سنو", "سنه",
            "ستين", "سته", "سيول", "سيره", "ستار", "سنت", "سيف", "ستراتيج", "سيبر", "سيريا", "سنغاف", "سيناتور", "سيلف",
            "ستوكهولم", "سيمون", "ستيف", "ستيفن", "سيرغي", "سيرجي", "سيول", "سنوي", "سيكولوج", "ستالين", "سيمفون", "سيم",
            "سيتي", "ستاد", "سيناء", "سيرك", "ستوديو", "سيزار", "سندات", "سنتيم", "سيوف");
    private static final Set<String> WORDS = WordKey.set("سوف", "يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي", "ينويان",
            "المقبل", "القادم", "المقبله", "القادمه", "المقبلين", "المقبلتين", "مقبله", "مقبل", "قرر", "قررت", "قررا",
            "يتوقع", "تتوقع", "يرتقب", "يخطط", "تخطط", "يستعد", "تستعد", "تدرس", "يدرس", "تعهد", "تعهدت", "وعد", "وعدت",
            "يعتزمان", "اعتزام", "ينتظر", "المرتقب", "المرتقبه", "المزمع", "المزمعه", "يجب", "ينبغي", "تعتزمان");
    private final ArabicRules rules = ArabicRules.INSTANCE;

    @Override public int cue(String text, List<Token> ts) {
        for (int i = 0; i < ts.size(); i++) {
            String f = ArabicRules.bare(WordKey.fold(ts.get(i).text()));
            String next = i + 1 < ts.size() ? WordKey.fold(ts.get(i + 1).text()) : "";
            if (WORDS.contains(f) || f.startsWith("عزم") || futureVerb(f)) return i;
            if (f.equals("من") && WordKey.set("المقرر", "المنتظر", "المتوقع", "المفترض", "المرتقب").contains(next)) return i;
            if (f.equals("وجه") && next.startsWith("ب") && next.length() > 3) return i;
            if (f.equals("علي") && next.equals("ان") && i + 2 < ts.size() && imperfect(WordKey.fold(ts.get(i + 2).text()))) return i;
        }
        return -1;
    }

    /** سـ before an imperfect prefix (ي/ت/ن/ا), not a noun that merely starts that way. */
    static boolean futureVerb(String f) {
        if (f.length() < 4 || f.charAt(0) != 'س' || "يتنا".indexOf(f.charAt(1)) < 0) return false;
        for (String n : NOT_VERBS) if (f.startsWith(n)) return false;
        return !f.endsWith("يه") && !f.endsWith("يين") && !f.endsWith("ات");
    }

    private static boolean imperfect(String f) {
        return f.length() >= 3 && "يتن".indexOf(f.charAt(0)) >= 0;
    }

    /** The subject after a verb-first cue (VSO order), up to punctuation, a preposition or an object word. */
    @Override public String actor(String text, List<Token> ts, int cue) {
        int k = cue + 1;
        String f = WordKey.fold(ts.get(cue).text());
        if (ArabicRules.bare(f).equals("من") || ArabicRules.bare(f).equals("علي")) k = cue + 3;
        int end = k;
        while (end < ts.size() && end - k < 3 && !NameFinder.gap(text, ts.get(Math.max(k, end - 1)), ts.get(end))) {
            String w = WordKey.fold(ts.get(end).text());
            if (rules.isNotName(w) && !rules.isOrganisationNoun(w) && !rules.isRoleNoun(w) && !w.startsWith("ال")) break;
            if (end > k && !w.startsWith("ال")) break;
            end++;
        }
        return end == k ? "" : text.substring(ts.get(k).start(), ts.get(end - 1).end());
    }
}
