package org.mujaz.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Arabic speech is mostly verb first: «وقال [المصدر]، في بيان، إن …», «وأضاف أن …» (no subject: the same
 * source continues), participles «مؤكدا أن …», and relays «بحسب ما أعلن …», «نقلت وكالة … عن …».
 */
final class ArabicSpeech implements SpeechPatterns {

    private static final Set<String> CUTS = WordKey.set("في", "خلال", "عبر", "امام", "عقب", "اثناء", "الذي", "التي", "صدر",
            "صدرت", "يوم", "امس", "اليوم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت",
            "مساء", "صباح", "علي", "بعد", "قبل", "حول", "بشان", "ردا", "بدوره", "بدورها", "كذلك", "ايضا", "من", "عن",
            "مع", "الي", "حين", "وذلك", "الثلاثاء", "لدي");
    private static final Set<String> RELAYS = WordKey.set("بحسب", "حسب", "حسبما", "وفق", "وفقا", "نقلا", "طبقا");
    private static final Set<String> RELAY_VERBS = WordKey.set("نقلت", "نقل", "نقلا", "نقلته", "نقله");
    private static final Set<String> PRONOUN_OBJECTS = Set.of("فيها", "فيه", "له", "لها", "عنه", "عنها", "منه", "منها",
            "به", "بها", "لهم", "لنا", "قوله", "قولها", "بالقول", "القول");
    private final ArabicRules rules = ArabicRules.INSTANCE;

    /**
     * The last verb of saying with a subject after it wins; a subjectless one (وأضاف، مضيفا) defers to an
     * earlier one. A subject before the verb (SVO) is used only when no earlier verb names a source, since
     * inside a reported clause it is usually not the one speaking («ويقول X إن كوريا ترى أن "…"»).
     */
    @Override public String before(String narration) {
        List<Token> ts = WordKey.tokens(narration);
        String carry = null;
        String fronted = null;
        for (int v = ts.size() - 1; v >= 0; v--) {
            String t = ts.get(v).text();
            String subject = null;
            if (rules.isSpeechParticiple(t)) subject = "";
            else if (rules.isSpeechVerb(t) && !nominal(ts, v)) subject = subject(narration, ts, v, ts.size());
            else if (RELAYS.contains(ArabicRules.bare(WordKey.fold(t)))) subject = relayed(narration, ts, v);
            if (subject == null) continue;
            if (!subject.isEmpty()) return subject;
            if (fronted == null && !joined(t)) fronted = subjectBefore(narration, ts, v);
            carry = "";
        }
        return fronted != null && !fronted.isEmpty() ? fronted : carry;
    }

    /** «فيما وصف بأنه», «بما قال»: the verb is inside a relative clause, nobody is being quoted. */
    private static boolean nominal(List<Token> ts, int v) {
        return v > 0 && WordKey.set("ما", "فيما", "بما", "كما", "مما").contains(WordKey.fold(ts.get(v - 1).text()));
    }

    /** A verb written joined to و/ف (وأضاف، فقال): a continuation that keeps the previous source. */
    private boolean joined(String verb) {
        String f = WordKey.fold(verb);
        return f.matches("[وف].*") && rules.isSpeechVerb(f.substring(1));
    }

    @Override public String after(String narration) {
        List<Token> ts = WordKey.tokens(narration);
        for (int v = 0; v < Math.min(ts.size(), 3); v++) {
            String t = ts.get(v).text();
            if (rules.isSpeechVerb(t)) return subject(narration, ts, v, Math.min(ts.size(), v + 10));
            if (RELAYS.contains(ArabicRules.bare(WordKey.fold(t)))) return relayed(narration, ts, v);
        }
        return null;
    }

    /**
     * The subject after a verb: up to a complementizer or colon, then cut at prepositions and time words;
     * «نقلت وكالة … عن X» gives X. A verb without و/ف and no subject after it may have one before it
     * (وكان رئيس الوزراء … صرح).
     */
    private String subject(String text, List<Token> ts, int v, int limit) {
        int k = v + 1;
        while (k < limit && (PRONOUN_OBJECTS.contains(WordKey.fold(ts.get(k).text())) || rules.isSpeechParticiple(ts.get(k).text()))) k++;
        if (k < limit && WordKey.fold(ts.get(k).text()).equals("الي")) return "";
        int end = k;
        while (end < limit && !rules.isComplementizer(ts.get(end).text()) && end - k < 14) {
            if (end > k && text.substring(ts.get(end - 1).end(), ts.get(end).start()).contains(":")) break;
            end++;
        }
        boolean colonFirst = k < ts.size() && text.substring(ts.get(v).end(), ts.get(k).start()).contains(":");
        String after = end == k || colonFirst ? "" : cut(text, ts, k, end);
        if (RELAY_VERBS.contains(ArabicRules.bare(WordKey.fold(ts.get(v).text())))) {
            for (int j = k; j < end; j++) {
                if (WordKey.fold(ts.get(j).text()).equals("عن") && j + 1 < end) return cut(text, ts, j + 1, end);
            }
        }
        return after;
    }

    /** Subject-first order: the words before the verb back to punctuation or a clause word. */
    private String subjectBefore(String text, List<Token> ts, int v) {
        int start = v;
        while (start > 0 && v - start < 8 && !NameFinder.gap(text, ts.get(start - 1), ts.get(start))) {
            String f = WordKey.fold(ts.get(start - 1).text());
            if (WordKey.set("كان", "وكان", "لكن", "ولكن", "ان", "انه", "قد", "وقد", "ثم", "التي", "الذي", "والتي", "والذي",
                    "الذين", "اذ", "حيث", "عندما", "بينما", "فيما").contains(f) || rules.isSpeechVerb(f)) break;
            start--;
        }
        return start == v ? "" : cut(text, ts, start, v);
    }

    /** Keeps the naming words: stops at a preposition, time word or relative clause (not at the first word). */
    private String cut(String text, List<Token> ts, int from, int to) {
        if (from < to && CUTS.contains(WordKey.fold(ts.get(from).text()))) return "";
        int end = from;
        while (end < to) {
            String f = WordKey.fold(ts.get(end).text());
            boolean toAddressee = end > from && f.startsWith("ل") && !f.startsWith("لل") && f.length() > 4 && !rules.isTitle(f);
            if (end > from && (CUTS.contains(f) || toAddressee)) break;
            end++;
        }
        if (end == from) return "";
        return text.substring(ts.get(from).start(), ts.get(end - 1).end());
    }

    /** «بحسب ما أعلن المجلس», «وفقا لوزارة الصحة», «نقلا عن مصدر». */
    private String relayed(String text, List<Token> ts, int v) {
        int k = v + 1;
        while (k < ts.size() && WordKey.set("ما", "عن", "لما", "ل").contains(WordKey.fold(ts.get(k).text()))) k++;
        if (k < ts.size() && rules.isSpeechVerb(ts.get(k).text())) k++;
        if (k >= ts.size()) return null;
        String first = ts.get(k).text();
        String phrase = cut(text, ts, k, Math.min(ts.size(), k + 10));
        if (first.startsWith("ل") && WordKey.fold(first).length() > 3 && phrase.startsWith("ل")) phrase = phrase.substring(1);
        return phrase.isEmpty() ? null : phrase;
    }

    @Override public List<Reported> reported(Sentence s) {
        List<Reported> out = new ArrayList<>();
        String m = s.masked();
        List<Token> ts = WordKey.tokens(m);
        for (int v = 0; v < ts.size(); v++) {
            String t = ts.get(v).text();
            boolean verb = rules.isSpeechVerb(t);
            if (!verb && !rules.isSpeechParticiple(t)) continue;
            int c = complementizer(ts, v);
            if (c < 0) continue;
            int from = ts.get(c).end();
            String clause = clause(s, from);
            if (clause == null || verb && nominal(ts, v)) continue;
            String subject = verb ? subject(m, ts, v, c) : "";
            if (verb && subject.isEmpty() && !joined(t)) subject = subjectBefore(m, ts, v);
            out.add(new Reported(subject, clause, from));
        }
        relays(s, ts, out);
        return out;
    }

    private int complementizer(List<Token> ts, int v) {
        for (int k = v + 1; k < ts.size() && k - v <= 14; k++) {
            if (rules.isComplementizer(ts.get(k).text())) return k;
            if (k > v + 1 && (rules.isSpeechVerb(ts.get(k).text()))) return -1;
        }
        return -1;
    }

    /** The reported clause from {@code from} to the sentence end, or up to a quote it runs into; null when it is a quote. */
    private static String clause(Sentence s, int from) {
        String rest = s.masked().substring(from);
        String lead = rest.stripLeading();
        if (lead.isEmpty() || "\"«“„'‘".indexOf(lead.charAt(0)) >= 0) return null;
        int q = firstLongQuote(rest);
        String text = s.text().substring(from, q < 0 ? s.text().length() : from + q).strip();
        text = text.replaceAll("^[،,:\\s]+|[،,:.\\s]+$", "");
        return WordKey.tokens(text).size() >= 3 ? text : null;
    }

    /** Offset of the first quote of three or more words in masked text (its blanked inside is long), or -1. */
    static int firstLongQuote(String masked) {
        int run = 0;
        for (int i = 0; i < masked.length(); i++) {
            run = masked.charAt(i) == '\u2026' ? run + 1 : 0;
            if (run == 12) return Math.max(0, i - 12);
        }
        return -1;
    }

    /** «… بحسب ما أعلن المجلس الوطني»: the words before the relay are reported speech of its source. */
    private void relays(Sentence s, List<Token> ts, List<Reported> out) {
        for (int v = 3; v < ts.size(); v++) {
            if (!RELAYS.contains(ArabicRules.bare(WordKey.fold(ts.get(v).text())))) continue;
            String phrase = relayed(s.masked(), ts, v);
            String text = s.text().substring(0, ts.get(v).start()).replaceAll("[،,\\s]+$", "");
            if (phrase != null && WordKey.tokens(text).size() >= 4 && firstLongQuote(s.masked().substring(0, ts.get(v).start())) < 0) {
                out.add(new Reported(phrase, text, 0));
            }
            return;
        }
    }
}
