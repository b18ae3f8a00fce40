package org.mujaz.extract;

import java.util.List;
import java.util.Set;

/**
 * English future and intention markers: will/'ll/won't, is to, plans/intends/aims/wants/pledged to, is due
 * to, is expected to, is set to, would after a verb of saying, next week/month/year, by the end of.
 */
final class EnglishFuture implements FutureCues {

    private static final Set<String> MODALS = WordKey.set("will", "won't", "'ll", "shall");
    private static final Set<String> INTENT = WordKey.set("plans", "plan", "planning", "intends", "intend", "aims", "aim",
            "pledged", "promised", "vowed", "wants", "hopes", "expects", "expected", "due", "set", "scheduled", "planned",
            "proposes", "proposed", "intended", "determined", "going", "prepared", "preparing", "agreed");
    private static final Set<String> BE = WordKey.set("is", "are", "was", "were", "'s");
    private static final Set<String> AUX = WordKey.set("has", "have", "had", "also", "still", "now", "not", "already", "will",
            "would", "is", "are", "was", "were");

    @Override public int cue(String text, List<Token> ts) {
        boolean speech = false;
        for (int i = 0; i < ts.size(); i++) {
            String w = ts.get(i).text().toLowerCase();
            String next = i + 1 < ts.size() ? ts.get(i + 1).text().toLowerCase() : "";
            String prev = i > 0 ? ts.get(i - 1).text().toLowerCase() : "";
            if (EnglishRules.INSTANCE.isSpeechVerb(w) && !w.equals("asked")) speech = true;
            if (MODALS.contains(w) || w.endsWith("'ll")) {
                if (!WordKey.set("the", "of", "political", "free", "good").contains(prev)) return i;
            }
            String after = i + 2 < ts.size() ? ts.get(i + 2).text().toLowerCase() : "";
            boolean state = next.equals("be") || next.equals("have") && after.equals("been") || next.equals("not");
            if (w.equals("would") && speech && !state) return i;
            if (w.equals("must") && !next.equals("have") && !next.equals("be")) return i;
            if (WordKey.set("promised", "pledged", "vowed", "promises", "pledges", "vows").contains(w) && !prev.equals("had")) return i;
            if (w.equals("by") && (DateResolver.monthOf(next) > 0 || next.matches("\\d{1,2}") && i + 2 < ts.size()
                    && DateResolver.monthOf(ts.get(i + 2).text()) > 0)) return i;
            if (INTENT.contains(w) && next.equals("to")) {
                if (prev.matches("was|were|had|not")) continue;
                return i;
            }
            if (BE.contains(w) && !w.matches("was|were") && next.equals("to") && i + 2 < ts.size() && verbLike(ts.get(i + 2).text())) return i;
            if ((w.equals("next") || w.equals("later")) && WordKey.set("week", "month", "year", "this").contains(next)) return i;
            if (w.equals("by") && next.equals("the") && i + 2 < ts.size() && ts.get(i + 2).text().equals("end")) return i;
        }
        return -1;
    }

    private static boolean verbLike(String w) {
        return Character.isLowerCase(w.charAt(0)) && !WordKey.set("the", "a", "an", "be").contains(w) && !w.endsWith("ing");
    }

    /** The subject before the cue: the words back to the clause start, skipping auxiliaries. */
    @Override public String actor(String text, List<Token> ts, int cue) {
        int end = cue;
        while (end > 0 && AUX.contains(ts.get(end - 1).text().toLowerCase())) end--;
        int start = end;
        while (start > 0 && end - start < 6 && !NameFinder.gap(text, ts.get(start - 1), ts.get(start))) {
            String w = ts.get(start - 1).text().toLowerCase();
            if (WordKey.set("that", "and", "but", "which", "who", "said", "says", "when", "if", "as").contains(w)) break;
            start--;
        }
        if (start == end) return "";
        String actor = text.substring(ts.get(start).start(), ts.get(end - 1).end());
        return actor.matches("(?i)(it|he|she|they|we|this|there)") ? "" : actor;
    }
}
